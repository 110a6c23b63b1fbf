package kz.certcopy.intake;

/** Something the clerk must know about an accepted file. Message key: {@code notice.<NAME>}. */
public enum IntakeNotice {
    /** The PDF carried JavaScript, actions, attachments, forms or XFA; its pages were imported without them. */
    ACTIVE_CONTENT_REMOVED,
    /** A PDF page could not be carried over as is into PDF/A and will be rendered to an image in the copy. */
    PAGE_RENDERED_AS_IMAGE
}
