package kz.certcopy.signing.trust;

import java.time.Instant;

/** Revocation status of one certificate from one source ({@code CRL} or {@code OCSP}). */
public record RevocationStatus(State state, Instant revocationTime, String reason, String source, Instant issuedAt) {

    public enum State { GOOD, REVOKED, UNKNOWN }

    public static RevocationStatus unknown(String why) {
        return new RevocationStatus(State.UNKNOWN, null, why, null, null);
    }
}
