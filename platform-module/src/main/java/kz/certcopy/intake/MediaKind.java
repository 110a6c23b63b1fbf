package kz.certcopy.intake;

/** The scan formats accepted, detected from content (never from the file name or declared type). */
public enum MediaKind {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    TIFF("image/tiff");

    private final String mediaType;

    MediaKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
