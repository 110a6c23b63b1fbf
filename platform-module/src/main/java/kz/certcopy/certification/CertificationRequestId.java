package kz.certcopy.certification;

import java.util.Objects;
import java.util.UUID;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** Typed id of a {@link CertificationRequest}. */
public record CertificationRequestId(UUID value) {

    public CertificationRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static CertificationRequestId random() {
        return new CertificationRequestId(UUID.randomUUID());
    }

    public static CertificationRequestId parse(String s) {
        try {
            return new CertificationRequestId(UUID.fromString(s));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
