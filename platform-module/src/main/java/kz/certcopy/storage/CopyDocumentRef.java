package kz.certcopy.storage;

import java.util.Objects;

/**
 * Where one document of a copy is kept: an id meaningful to the backend that stored it (the SHA-256 for the
 * content store, an object id for CMIS), what it is, and its SHA-256 and size as written.
 */
public record CopyDocumentRef(String id, CopyDocumentKind kind, String sha256, long size) {

    public CopyDocumentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }
}
