package kz.certcopy.certification;

import kz.certcopy.common.Localizable;

/** REGISTERED (consent recorded, rule 7.1) → SCANNING (7.2) → COMPLETED (every original certified or refused) or CANCELLED. */
public enum RequestStatus implements Localizable {
    REGISTERED,
    SCANNING,
    COMPLETED,
    CANCELLED;

    @Override
    public String messageKey() {
        return "request.status." + name();
    }

    public boolean terminal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
