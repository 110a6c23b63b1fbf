package kz.certcopy.certification;

/** ACTIVE while the copy is kept and usable at any center; DISPOSED once its content is destroyed (tombstone). */
public enum CopyStatus {
    ACTIVE,
    DISPOSED
}
