package kz.certcopy.certification;

/** Each original ends in exactly one certified copy or one refusal. */
public enum OriginalOutcome {
    PENDING,
    CERTIFIED,
    REFUSED
}
