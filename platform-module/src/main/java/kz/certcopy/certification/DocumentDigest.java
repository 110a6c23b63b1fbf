package kz.certcopy.certification;

import java.util.Objects;
import java.util.regex.Pattern;

/** SHA-256 (lower-case hex) and size of a stored document; lets anyone check the bytes they were given. */
public record DocumentDigest(String sha256, long size) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public DocumentDigest {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX64.matcher(sha256).matches() || size < 0) {
            throw new IllegalArgumentException("not a SHA-256 digest with a size");
        }
    }
}
