package kz.certcopy.signing.kz;

import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.bouncycastle.jcajce.provider.digest.BCMessageDigest;

/** MessageDigest services for the Kazakh digest identifiers (1.2.398.3.10.1.3.x). */
public final class KzDigests {
    private KzDigests() {
    }

    public static final class Gost34311 extends BCMessageDigest implements Cloneable {
        public Gost34311() {
            super(KzGostSignatureSpi.gost34311());
        }
    }

    public static final class Streebog256 extends BCMessageDigest implements Cloneable {
        public Streebog256() {
            super(new GOST3411_2012_256Digest());
        }
    }

    public static final class Streebog512 extends BCMessageDigest implements Cloneable {
        public Streebog512() {
            super(new GOST3411_2012_512Digest());
        }
    }
}
