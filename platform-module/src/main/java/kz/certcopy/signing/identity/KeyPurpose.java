package kz.certcopy.signing.identity;

/** What an NCA RK certificate is for: signing (KU digitalSignature+nonRepudiation) or authentication only. */
public enum KeyPurpose {
    SIGNING, AUTHENTICATION, OTHER;

    /** Only signing certificates may certify copies. */
    public boolean mayCertify() {
        return this == SIGNING;
    }
}
