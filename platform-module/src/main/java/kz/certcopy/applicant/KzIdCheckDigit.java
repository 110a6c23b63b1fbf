package kz.certcopy.applicant;

/**
 * The check digit shared by IIN (ЖСН/ИИН) and BIN (БСН/БИН): the first eleven digits weighted 1..11, sum mod 11;
 * if that gives 10, a second pass with weights 3..11,1,2; a second 10 means the number can never be valid.
 */
final class KzIdCheckDigit {

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private KzIdCheckDigit() {
    }

    /** True when {@code s} is exactly twelve ASCII digits. */
    static boolean twelveDigits(String s) {
        if (s == null || s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The expected check digit for the first eleven digits, or -1 when both passes give 10. */
    static int compute(String digits) {
        int r = weighted(digits, FIRST);
        if (r == 10) {
            r = weighted(digits, SECOND);
        }
        return r == 10 ? -1 : r;
    }

    static boolean valid(String digits) {
        int expected = compute(digits);
        return expected >= 0 && expected == digits.charAt(11) - '0';
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
