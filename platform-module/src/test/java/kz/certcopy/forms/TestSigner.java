package kz.certcopy.forms;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A throwaway RSA key with a self-signed certificate, making real detached CMS signatures (what the signing
 * engine produces for RSA keys) so the package and the PAdES-readiness tests handle genuine signatures.
 */
final class TestSigner {

    private final ContentSigner signer;
    private final X509CertificateHolder certificate;

    private TestSigner(ContentSigner signer, X509CertificateHolder certificate) {
        this.signer = signer;
        this.certificate = certificate;
    }

    static TestSigner create(Instant now) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        X500Name clerk = new X500Name("CN=Test clerk, O=CertCopy tests");
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate());
        X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(clerk, BigInteger.TWO,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), clerk,
                key.getPublic()).build(signer);
        return new TestSigner(signer, certificate);
    }

    /** A detached CMS (CAdES-BES-like) signature over {@code content}. */
    byte[] detached(byte[] content) throws Exception {
        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(signer, certificate));
        cms.addCertificate(certificate);
        return cms.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }
}
