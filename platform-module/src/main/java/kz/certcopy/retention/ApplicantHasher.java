package kz.certcopy.retention;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The applicant reference a tombstone keeps: HMAC-SHA256 of the IIN/BIN under a key every node shares. A plain
 * SHA-256 of a 12-digit number with a known structure is reversed by trying them all; the key stops that for
 * whoever has the tombstones but not the key. The same IIN always gives the same hash under one key, so a records
 * officer holding the IIN can still find the tombstones of that applicant.
 */
public final class ApplicantHasher {

    private static final int MIN_KEY_BYTES = 32;

    private final byte[] key;
    private final String keyId;

    public ApplicantHasher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the applicant hash key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
        this.keyId = idOf(key);
    }

    /** Lower-case hex HMAC-SHA256 of the identifier. */
    public String hash(String applicantId) {
        Objects.requireNonNull(applicantId, "applicantId");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(applicantId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Names the key without revealing it (first 8 bytes of its SHA-256), recorded with each hash. */
    public String keyId() {
        return keyId;
    }

    private static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
