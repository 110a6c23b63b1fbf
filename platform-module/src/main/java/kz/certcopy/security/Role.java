package kz.certcopy.security;

/** What a user may do. A CLERK is bound to one center; the others work across centers. */
public enum Role {
    CLERK,
    SUPERVISOR,
    RECORDS_OFFICER,
    MINISTRY,
    ADMIN
}
