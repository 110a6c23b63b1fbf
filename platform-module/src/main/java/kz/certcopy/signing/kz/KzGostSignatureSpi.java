package kz.certcopy.signing.kz;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;

import org.bouncycastle.crypto.DSAExt;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;
import org.bouncycastle.crypto.signers.ECGOST3410Signer;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.BigIntegers;

/**
 * GOST signatures in the Kazakh wire layout on BouncyCastle's lightweight primitives. The value is {@code r‖s},
 * each half little-endian: the exact byte-reverse of BouncyCastle's {@code s‖r} big-endian layout.
 */
public abstract class KzGostSignatureSpi extends SignatureSpi {

    private final Digest digest;
    private final DSAExt signer;
    private final int half;

    protected KzGostSignatureSpi(Digest digest, DSAExt signer, int half) {
        this.digest = digest;
        this.signer = signer;
        this.half = half;
    }

    /** GOST 34.311-95 with the 1994 test S-box, as parameter set 1.2.398.3.10.1.3.1.1.0 demands. */
    public static Digest gost34311() {
        return new GOST3411Digest(GOST28147Engine.getSBox("D-TEST"));
    }

    @Override
    protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
        signer.init(false, ECUtil.generatePublicKeyParameter(publicKey));
        digest.reset();
    }

    @Override
    protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
        signer.init(true, ECUtil.generatePrivateKeyParameter(privateKey));
        digest.reset();
    }

    @Override
    protected void engineUpdate(byte b) {
        digest.update(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {
        digest.update(b, off, len);
    }

    @Override
    protected byte[] engineSign() throws SignatureException {
        BigInteger[] rs = signer.generateSignature(hash());
        byte[] out = new byte[2 * half];
        put(rs[1], out, 0);
        put(rs[0], out, half);
        return Arrays.reverseInPlace(out);
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) {
        byte[] hash = hash();
        if (sigBytes == null || sigBytes.length != 2 * half) {
            return false;
        }
        byte[] bc = Arrays.reverse(sigBytes);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(bc, 0, half));
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(bc, half, 2 * half));
        return signer.verifySignature(hash, r, s);
    }

    private byte[] hash() {
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    private void put(BigInteger value, byte[] out, int offset) throws SignatureException {
        try {
            System.arraycopy(BigIntegers.asUnsignedByteArray(half, value), 0, out, offset, half);
        } catch (IllegalArgumentException e) {
            throw new SignatureException("signature component too large", e);
        }
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {
        throw new InvalidParameterException("no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
        return null;
    }

    /** 1.2.398.3.10.1.1.2.3.2: GOST 34.10-2015 512 with Streebog-512. */
    public static final class Gost2015With512 extends KzGostSignatureSpi {
        public Gost2015With512() {
            super(new GOST3411_2012_512Digest(), new ECGOST3410_2012Signer(), 64);
        }
    }

    /** 1.2.398.3.10.1.1.2.3.1: GOST 34.10-2015 256 with Streebog-256 (no test key; layout by analogy). */
    public static final class Gost2015With256 extends KzGostSignatureSpi {
        public Gost2015With256() {
            super(new GOST3411_2012_256Digest(), new ECGOST3410_2012Signer(), 32);
        }
    }

    /** 1.2.398.3.10.1.1.1.2: GOST 34.310-2004 with GOST 34.311-95. */
    public static final class Gost2004 extends KzGostSignatureSpi {
        public Gost2004() {
            super(gost34311(), new ECGOST3410Signer(), 32);
        }
    }
}
