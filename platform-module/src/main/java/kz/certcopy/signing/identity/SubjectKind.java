package kz.certcopy.signing.identity;

/** Whose certificate it is, from the NCA RK role OIDs in the extended key usage. */
public enum SubjectKind {
    INDIVIDUAL, LEGAL_ENTITY_CEO, LEGAL_ENTITY_SIGN_RIGHT, LEGAL_ENTITY_EMPLOYEE, LEGAL_ENTITY_OTHER,
    LEGAL_ENTITY_INFO_SYSTEM, TREASURY_K2, UNKNOWN
}
