package kz.certcopy.copies;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates {@code testdata/certcopy-rsa/}: an RSA test CA shaped like NCA RK's (no NCA RK RSA test key is valid
 * at a time any NCA RK RSA test CRL covers, so none passes signing-time checks with revocation required). The
 * clerk certificate carries IIN 123456789011 (demo account {@code almaty.clerk2}), the legal-entity and employee
 * roles and emailProtection; a second, identical clerk certificate is on the CRL. Validity 2026-11-01..2028-11-01,
 * CRL 2026-11-01..2028-10-01, so the tests' clock (2026-12-03, moved forward by months) stays inside.
 * Run once: {@code java -cp <test classpath> kz.certcopy.copies.RsaClerkPki <dir>}; password {@code Qwerty12}.
 */
public final class RsaClerkPki {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-11-01T00:00:00Z");

    private RsaClerkPki() {
    }

    public static void main(String[] args) throws Exception {
        KzGostProvider.install();
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        KeyPair rootKey = rsa(3072);
        X500Name rootName = new X500Name("CN=CertCopy TEST ROOT (RSA), O=CertCopy tests, C=KZ");
        JcaX509v3CertificateBuilder rb = builder(rootName, rootName, rootKey, 1,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"));
        rb.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        rb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate root = sign(rb, rootKey);
        Files.write(dir.resolve("root_rsa_certcopy_test.cer"), root.getEncoded());
        String dn = "CN=ТЕСТОВ ТЕСТ, SURNAME=ТЕСТОВ, SERIALNUMBER=IIN123456789011, C=KZ, O=ХҚКО ТЕСТ, "
                + "OU=BIN123456789021, GIVENNAME=ТЕСТОВИЧ";
        clerk(dir.resolve("clerk_rsa_valid.p12"), dn, 10, rootKey, root);
        X509Certificate revoked = clerk(dir.resolve("clerk_rsa_revoked.p12"), dn, 11, rootKey, root);
        X509v2CRLBuilder crl = new X509v2CRLBuilder(rootName, Date.from(FROM));
        crl.setNextUpdate(Date.from(Instant.parse("2028-10-01T00:00:00Z")));
        crl.addCRLEntry(revoked.getSerialNumber(), Date.from(FROM.plusSeconds(3600)), CRLReason.keyCompromise);
        Files.write(dir.resolve("root_rsa_certcopy_test.crl"), crl.build(signer(rootKey)).getEncoded());
    }

    private static X509Certificate clerk(Path file, String dn, long serial, KeyPair rootKey, X509Certificate root)
            throws Exception {
        KeyPair kp = rsa(2048);
        JcaX509v3CertificateBuilder b = builder(new X500Name(dn),
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), kp, serial, FROM, TO);
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
            eku(KzOids.EKU_EMAIL_PROTECTION), eku(KzOids.ROLE_LEGAL_ENTITY), eku(KzOids.ROLE_EMPLOYEE)}));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
        X509Certificate cert = sign(b, rootKey);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("clerk", kp.getPrivate(), "Qwerty12".toCharArray(),
                new java.security.cert.Certificate[] {cert, root});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, "Qwerty12".toCharArray());
        Files.write(file, out.toByteArray());
        return cert;
    }

    private static KeyPurposeId eku(String oid) {
        return KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid));
    }

    private static JcaX509v3CertificateBuilder builder(X500Name subject, X500Name issuer, KeyPair kp, long serial,
                                                       Instant from, Instant to) throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial),
                Date.from(from), Date.from(to), subject, kp.getPublic());
        b.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(kp.getPublic()));
        return b;
    }

    private static ContentSigner signer(KeyPair issuer) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").setProvider(KzGostProvider.bouncyCastle())
                .build(issuer.getPrivate());
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder b, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(b.build(signer(issuer)));
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits);
        return g.generateKeyPair();
    }
}
