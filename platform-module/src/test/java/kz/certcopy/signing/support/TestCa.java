package kz.certcopy.signing.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KeyFamily;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.kz.KzOids;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small RSA test PKI made at run time: root CA, clerk signing certificate shaped like an NCA RK legal-entity
 * employee certificate, an AUTH-only certificate, a TSA certificate and a CRL. Validity is centred on {@code now}.
 */
public final class TestCa {

    public final Instant now;
    public final KeyPair rootKey;
    public final X509Certificate root;
    public final SigningKey clerk;
    public final SigningKey authOnly;
    public final SigningKey revokedClerk;
    public final KeyPair tsaKey;
    public final X509Certificate tsa;
    private long serial = 100;

    public TestCa(Instant now) {
        try {
            KzGostProvider.install();
            this.now = now;
            rootKey = rsa(3072);
            X500Name rootName = new X500Name("CN=CertCopy TEST ROOT (RSA), O=CertCopy tests, C=KZ");
            JcaX509v3CertificateBuilder rb = builder(rootName, rootName, rootKey, Duration.ofDays(3650));
            rb.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            rb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            root = sign(rb, rootKey);
            clerk = endEntity("CN=ТЕСТОВА АЙГҮЛ, SURNAME=ТЕСТОВА, SERIALNUMBER=IIN900101400123, C=KZ, "
                    + "O=ХҚКО ТЕСТ, OU=BIN123456789021", KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    KzOids.EKU_EMAIL_PROTECTION, KzOids.ROLE_LEGAL_ENTITY, KzOids.ROLE_EMPLOYEE);
            authOnly = endEntity("CN=ТЕСТОВА АЙГҮЛ, SERIALNUMBER=IIN900101400123, C=KZ",
                    KeyUsage.digitalSignature | KeyUsage.keyEncipherment, KzOids.EKU_CLIENT_AUTH,
                    KzOids.ROLE_INDIVIDUAL);
            revokedClerk = endEntity("CN=ТЕСТОВ ҚАЙРАТ, SERIALNUMBER=IIN900101300123, C=KZ, O=ХҚКО ТЕСТ, "
                    + "OU=BIN123456789021", KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    KzOids.EKU_EMAIL_PROTECTION, KzOids.ROLE_LEGAL_ENTITY, KzOids.ROLE_EMPLOYEE);
            tsaKey = rsa(2048);
            JcaX509v3CertificateBuilder tb = builder(new X500Name("CN=CertCopy TEST TSA, C=KZ"),
                    X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), tsaKey, Duration.ofDays(365));
            tb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            tb.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            tsa = sign(tb, rootKey);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SigningKey endEntity(String dn, int keyUsage, String... ekus) throws Exception {
        KeyPair kp = rsa(2048);
        JcaX509v3CertificateBuilder b = builder(new X500Name(dn),
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), kp, Duration.ofDays(365));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        KeyPurposeId[] ids = new KeyPurposeId[ekus.length];
        for (int i = 0; i < ekus.length; i++) {
            ids[i] = KeyPurposeId.getInstance(new ASN1ObjectIdentifier(ekus[i]));
        }
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(ids));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
        X509Certificate cert = sign(b, rootKey);
        return new SigningKey(kp.getPrivate(), cert, List.of(cert, root), KeyFamily.RSA, null);
    }

    private JcaX509v3CertificateBuilder builder(X500Name subject, X500Name issuer, KeyPair kp, Duration life)
            throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial++),
                Date.from(now.minus(Duration.ofDays(30))), Date.from(now.plus(life)), subject, kp.getPublic());
        b.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(kp.getPublic()));
        return b;
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder b, KeyPair issuer) throws Exception {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA")
                .setProvider(KzGostProvider.bouncyCastle()).build(issuer.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(b.build(signer));
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits);
        return g.generateKeyPair();
    }

    /** CRL of the root listing {@link #revokedClerk}, current from a day before {@code now} for a week. */
    public X509CRL crl() {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minus(Duration.ofDays(1))));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            b.addCRLEntry(revokedClerk.certificate().getSerialNumber(), Date.from(now.minus(Duration.ofDays(2))),
                    CRLReason.keyCompromise);
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA")
                    .setProvider(KzGostProvider.bouncyCastle()).build(rootKey.getPrivate());
            return new JcaX509CRLConverter().getCRL(b.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    public Path writeRootPem(Path dir) throws Exception {
        Path p = dir.resolve("root.pem");
        Files.writeString(p, pem(root));
        return p;
    }

    /** The clerk key as a PKCS#12 file (for the CLI). */
    public byte[] clerkPkcs12(char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("clerk", clerk.privateKey(), password, new java.security.cert.Certificate[] {
            clerk.certificate(), root});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, password);
        return out.toByteArray();
    }
}
