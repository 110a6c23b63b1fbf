package kz.certcopy.storage;

/** The documents of a certified copy: the signed PDF (PAdES) and its detached CAdES signature (.p7s). */
public enum CopyDocumentKind {
    SIGNED_PDF("application/pdf"),
    SIGNATURE("application/pkcs7-signature");

    private final String mediaType;

    CopyDocumentKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
