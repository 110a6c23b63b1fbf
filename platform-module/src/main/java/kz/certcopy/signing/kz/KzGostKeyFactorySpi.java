package kz.certcopy.signing.kz;

import java.io.IOException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyFactorySpi;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * KeyFactory for the Kazakh GOST key identifiers. The JDK's PKCS#12 keystore and X.509 certificate parser look a
 * key factory up by the key's OID; this one rewrites the identifier and hands the bytes to BouncyCastle.
 */
public final class KzGostKeyFactorySpi extends KeyFactorySpi {

    @Override
    protected PublicKey engineGeneratePublic(KeySpec keySpec) throws InvalidKeySpecException {
        if (!(keySpec instanceof X509EncodedKeySpec x509)) {
            throw new InvalidKeySpecException("only X.509 encoded keys");
        }
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(x509.getEncoded());
            var kazakh = info.getAlgorithm().getAlgorithm();
            SubjectPublicKeyInfo mapped = new SubjectPublicKeyInfo(KzKeyMapping.toBouncyCastle(info.getAlgorithm()),
                    info.getPublicKeyData().getBytes());
            return factory(kazakh).generatePublic(new X509EncodedKeySpec(mapped.getEncoded()));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidKeySpecException("bad GOST public key", e);
        }
    }

    @Override
    protected PrivateKey engineGeneratePrivate(KeySpec keySpec) throws InvalidKeySpecException {
        if (!(keySpec instanceof PKCS8EncodedKeySpec pkcs8)) {
            throw new InvalidKeySpecException("only PKCS#8 encoded keys");
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8.getEncoded());
            var kazakh = info.getPrivateKeyAlgorithm().getAlgorithm();
            PrivateKeyInfo mapped = new PrivateKeyInfo(KzKeyMapping.toBouncyCastle(info.getPrivateKeyAlgorithm()),
                    info.parsePrivateKey());
            return factory(kazakh).generatePrivate(new PKCS8EncodedKeySpec(mapped.getEncoded()));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidKeySpecException("bad GOST private key", e);
        }
    }

    @Override
    protected <T extends KeySpec> T engineGetKeySpec(Key key, Class<T> keySpec) throws InvalidKeySpecException {
        try {
            return KeyFactory.getInstance(key.getAlgorithm(), KzGostProvider.bouncyCastle()).getKeySpec(key, keySpec);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new InvalidKeySpecException(e);
        }
    }

    @Override
    protected Key engineTranslateKey(Key key) throws InvalidKeyException {
        return key;
    }

    private static KeyFactory factory(org.bouncycastle.asn1.ASN1ObjectIdentifier kazakhOid) {
        try {
            return KeyFactory.getInstance(KzKeyMapping.bouncyCastleKeyFactory(kazakhOid), KzGostProvider.bouncyCastle());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle GOST key factory missing", e);
        }
    }
}
