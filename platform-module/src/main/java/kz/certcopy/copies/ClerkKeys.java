package kz.certcopy.copies;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.certcopy.signing.ClerkSigner;
import kz.certcopy.signing.keys.SigningKey;

/**
 * The server-side signing keys of clerks, by username (demo and service setups; in production a clerk's key usually
 * stays with the clerk and the two-step NCALayer flow is used instead). Keys load lazily on first use.
 */
public final class ClerkKeys {

    /** A clerk's key and the signer using it (the signer checks the certificate before every signature). */
    public record ClerkKey(Supplier<SigningKey> key, ClerkSigner signer) {
    }

    private final Map<String, ClerkKey> byUsername;

    public ClerkKeys(Map<String, ClerkKey> byUsername) {
        this.byUsername = Map.copyOf(byUsername);
    }

    public Optional<ClerkKey> forClerk(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }
}
