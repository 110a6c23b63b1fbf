package kz.certcopy.signing.pades;

import java.io.Serializable;

/**
 * Signature dictionary entries and appearance. {@code appearance} null = invisible signature. {@code reservedBytes}
 * is the room for the CMS in /Contents (a B-T CMS with a chain needs more than a B-B one).
 */
public record PadesOptions(String reason, String location, String contactInfo, SignatureAppearance appearance,
                           int reservedBytes) implements Serializable {

    public static final int DEFAULT_RESERVED_BYTES = 24_000;

    public static PadesOptions invisible(String reason) {
        return new PadesOptions(reason, null, null, null, DEFAULT_RESERVED_BYTES);
    }
}
