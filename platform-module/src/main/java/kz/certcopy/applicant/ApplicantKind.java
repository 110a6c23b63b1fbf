package kz.certcopy.applicant;

/** Individual (identified by IIN) or legal entity (identified by BIN). */
public enum ApplicantKind {
    INDIVIDUAL,
    LEGAL_ENTITY
}
