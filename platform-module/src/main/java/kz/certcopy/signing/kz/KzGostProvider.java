package kz.certcopy.signing.kz;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A small JCA provider for what BouncyCastle lacks: the Kazakh GOST signature, digest and key identifiers.
 * {@link #install()} registers it (and nothing else) so that the JDK's PKCS#12 keystore, X.509 parser, CRL and
 * PKIX code find GOST keys by their Kazakh OIDs. BouncyCastle itself is used as a private instance, not installed.
 */
public final class KzGostProvider extends Provider {

    public static final String NAME = "KZGOST";
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    public KzGostProvider() {
        super(NAME, "1.0", "Kazakh GOST 34.310-2004 / 34.10-2015 on BouncyCastle primitives (CertCopy)");
        String pkg = KzGostProvider.class.getPackageName();
        String keyFactory = KzGostKeyFactorySpi.class.getName();
        service("KeyFactory", "KZ-GOST-2004", keyFactory, KzOids.KEY_GOST_2004.getId());
        service("KeyFactory", "KZ-GOST-2015-256", keyFactory, KzOids.KEY_GOST_2015_256.getId());
        service("KeyFactory", "KZ-GOST-2015-512", keyFactory, KzOids.KEY_GOST_2015_512.getId());
        service("Signature", "KZ-GOST-2004", pkg + ".KzGostSignatureSpi$Gost2004", KzOids.SIG_GOST_2004.getId());
        service("Signature", "KZ-GOST-2015-256", pkg + ".KzGostSignatureSpi$Gost2015With256",
                KzOids.SIG_GOST_2015_256.getId());
        service("Signature", "KZ-GOST-2015-512", pkg + ".KzGostSignatureSpi$Gost2015With512",
                KzOids.SIG_GOST_2015_512.getId());
        service("MessageDigest", "KZ-GOST-34311", pkg + ".KzDigests$Gost34311", KzOids.DIGEST_GOST_34311.getId());
        service("MessageDigest", "KZ-GOST-34311-2015-256", pkg + ".KzDigests$Streebog256",
                KzOids.DIGEST_GOST_2015_256.getId());
        service("MessageDigest", "KZ-GOST-34311-2015-512", pkg + ".KzDigests$Streebog512",
                KzOids.DIGEST_GOST_2015_512.getId());
    }

    private void service(String type, String name, String className, String oid) {
        put(type + "." + name, className);
        put("Alg.Alias." + type + "." + oid, name);
        put("Alg.Alias." + type + ".OID." + oid, name);
    }

    /** Registers the provider once (idempotent, thread-safe); the only JVM-wide change CertCopy makes. */
    public static synchronized void install() {
        if (Security.getProvider(NAME) == null) {
            Security.addProvider(new KzGostProvider());
        }
    }

    /** The private BouncyCastle instance used for standard algorithms and key classes. */
    public static Provider bouncyCastle() {
        return BC;
    }
}
