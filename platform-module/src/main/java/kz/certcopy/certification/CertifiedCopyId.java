package kz.certcopy.certification;

import java.util.Objects;
import java.util.UUID;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** Typed id of a {@link CertifiedCopy}. */
public record CertifiedCopyId(UUID value) {

    public CertifiedCopyId {
        Objects.requireNonNull(value, "value");
    }

    public static CertifiedCopyId random() {
        return new CertifiedCopyId(UUID.randomUUID());
    }

    /** Parses a path segment; anything that is not a UUID is simply not found. */
    public static CertifiedCopyId parse(String s) {
        try {
            return new CertifiedCopyId(UUID.fromString(s));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
