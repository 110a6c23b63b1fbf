package kz.certcopy.certification;

/** REGISTERED (consent recorded, rule 7.1) → SCANNING (7.2) → COMPLETED (every original certified or refused) or CANCELLED. */
public enum RequestStatus {
    REGISTERED,
    SCANNING,
    COMPLETED,
    CANCELLED;

    public boolean terminal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
