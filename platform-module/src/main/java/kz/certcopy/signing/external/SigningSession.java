package kz.certcopy.signing.external;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.kz.KeyFamily;

/**
 * Server-side state between prepare and complete, made of plain values only so a database adapter can store it
 * (bytea / text / timestamptz columns). {@code preparedPdf} is null for CAdES sessions.
 */
public record SigningSession(String id, Format format, byte[] certificate, KeyFamily family, Instant signingTime,
                             byte[] contentDigest, byte[] documentSha256, byte[] preparedPdf, CadesLevel level,
                             Instant expiresAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Format { CADES, PADES }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
