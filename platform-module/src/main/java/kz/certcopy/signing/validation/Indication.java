package kz.certcopy.signing.validation;

/** Overall result of validating a signature (ETSI EN 319 102-1 main indications). */
public enum Indication {
    TOTAL_PASSED, TOTAL_FAILED, INDETERMINATE;

    /** Combination over several signatures: any failure fails, any doubt is indeterminate. */
    public static Indication worst(Iterable<Indication> all) {
        Indication result = TOTAL_PASSED;
        for (Indication i : all) {
            if (i == TOTAL_FAILED) {
                return TOTAL_FAILED;
            }
            if (i == INDETERMINATE) {
                result = INDETERMINATE;
            }
        }
        return result;
    }
}
