package kz.certcopy.forms;

/** An applicant is an individual (identified by IIN) or a legal entity (identified by BIN), rule 2.3. */
public enum ApplicantKind {
    INDIVIDUAL,
    LEGAL_ENTITY
}
