package kz.certcopy.signing.kz;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * The key families CertCopy signs with, and the algorithm identifiers each one uses in CMS. GOST identifiers are
 * the Kazakh ones with NULL parameters, exactly as Kalkan writes them, so NCALayer and NCANode read our output.
 */
public enum KeyFamily {
    RSA(NISTObjectIdentifiers.id_sha256, PKCSObjectIdentifiers.sha256WithRSAEncryption, "SHA-256", "SHA256withRSA"),
    GOST_2004(KzOids.DIGEST_GOST_34311, KzOids.SIG_GOST_2004, KzOids.DIGEST_GOST_34311.getId(),
            KzOids.SIG_GOST_2004.getId()),
    GOST_2015_256(KzOids.DIGEST_GOST_2015_256, KzOids.SIG_GOST_2015_256, KzOids.DIGEST_GOST_2015_256.getId(),
            KzOids.SIG_GOST_2015_256.getId()),
    GOST_2015_512(KzOids.DIGEST_GOST_2015_512, KzOids.SIG_GOST_2015_512, KzOids.DIGEST_GOST_2015_512.getId(),
            KzOids.SIG_GOST_2015_512.getId());

    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier signatureOid;
    private final String digestName;
    private final String signatureName;

    KeyFamily(ASN1ObjectIdentifier digestOid, ASN1ObjectIdentifier signatureOid, String digestName,
              String signatureName) {
        this.digestOid = digestOid;
        this.signatureOid = signatureOid;
        this.digestName = digestName;
        this.signatureName = signatureName;
    }

    /** Digest identifier for CMS: GOST with NULL parameters (as Kalkan), SHA-256 with parameters absent. */
    public AlgorithmIdentifier digestAlgorithm() {
        return this == RSA ? new AlgorithmIdentifier(digestOid) : new AlgorithmIdentifier(digestOid, DERNull.INSTANCE);
    }

    /** Signature identifier for CMS, with NULL parameters for every family. */
    public AlgorithmIdentifier signatureAlgorithm() {
        return new AlgorithmIdentifier(signatureOid, DERNull.INSTANCE);
    }

    /** JCA name of the digest, resolvable once {@link KzGostProvider#install()} ran. */
    public String digestName() {
        return digestName;
    }

    /** JCA name of the signature, resolvable once {@link KzGostProvider#install()} ran. */
    public String signatureName() {
        return signatureName;
    }

    public boolean isGost() {
        return this != RSA;
    }

    /** The family of a certificate's key, read from its SubjectPublicKeyInfo. */
    public static KeyFamily of(X509Certificate certificate) {
        try {
            ASN1ObjectIdentifier oid = Certificate.getInstance(certificate.getEncoded())
                    .getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm();
            return ofKeyOid(oid);
        } catch (java.security.cert.CertificateEncodingException | IllegalArgumentException e) {
            throw new CertCopyException("UNSUPPORTED_ALGORITHM", ErrorKind.UNPROCESSABLE, e);
        }
    }

    static KeyFamily ofKeyOid(ASN1ObjectIdentifier oid) {
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            return RSA;
        }
        if (KzOids.KEY_GOST_2004.equals(oid)
                || org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers.gostR3410_2001.equals(oid)) {
            return GOST_2004;
        }
        if (KzOids.KEY_GOST_2015_256.equals(oid) || RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256.equals(oid)) {
            return GOST_2015_256;
        }
        if (KzOids.KEY_GOST_2015_512.equals(oid) || RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512.equals(oid)) {
            return GOST_2015_512;
        }
        throw new CertCopyException("UNSUPPORTED_ALGORITHM", ErrorKind.UNPROCESSABLE);
    }

    /** Family of a key object alone (used for keys from tokens, where no certificate parsing is needed). */
    public static KeyFamily of(PublicKey key) {
        if (key instanceof RSAKey) {
            return RSA;
        }
        return ofKeyOid(org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(key.getEncoded())
                .getAlgorithm().getAlgorithm());
    }
}
