package kz.certcopy.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/** Address of an immutable piece of content: its SHA-256 (lower-case hex) and its size in bytes. */
public record ContentRef(String sha256, long size) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public ContentRef {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case SHA-256 hex digest");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
