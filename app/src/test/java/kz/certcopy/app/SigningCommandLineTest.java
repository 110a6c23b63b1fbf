package kz.certcopy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KeyFamily;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code verify} command through the application's real main class in a separate JVM: exit codes 0/1/2/3 and
 * JSON on stdout, without starting Spring.
 */
class SigningCommandLineTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private Run main(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CertCopyApplication.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("CLI did not finish");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void verifyExitCodesAndJson() throws Exception {
        Instant now = Instant.now();
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        X500Name name = new X500Name("CN=CLI TEST, SERIALNUMBER=IIN900101400123, C=KZ");
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name, kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                | KeyUsage.keyCertSign | KeyUsage.cRLSign));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate());
        var cert = new JcaX509CertificateConverter().getCertificate(b.build(signer));
        X509v2CRLBuilder crl = new X509v2CRLBuilder(name, Date.from(now.minus(Duration.ofHours(1))));
        crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
        Path crlFile = Files.write(tmp.resolve("self.crl"), crl.build(signer).getEncoded());
        Path trust = Files.createDirectories(tmp.resolve("trust"));
        Files.write(trust.resolve("self.cer"), cert.getEncoded());

        SigningKey key = new SigningKey(kp.getPrivate(), cert, List.of(cert), KeyFamily.RSA, null);
        byte[] cms = new CadesSigner(null).signAttached("test123".getBytes(StandardCharsets.UTF_8), key,
                AttributeProfile.CADES, now);
        Path good = Files.write(tmp.resolve("good.p7s"), cms);

        Run passed = main("verify", good.toString(), "--trust", trust.toString(), "--crl", crlFile.toString());
        assertThat(passed.exit()).as(passed.out() + passed.err()).isZero();
        assertThat(passed.out()).contains("\"indication\": \"TOTAL_PASSED\"", "\"iin\": \"900101400123\"")
                .doesNotContain("Spring");

        Run noRevocation = main("verify", good.toString(), "--trust", trust.toString());
        assertThat(noRevocation.exit()).isEqualTo(2);

        byte[] tampered = cms.clone();
        int at = new String(cms, StandardCharsets.ISO_8859_1).indexOf("test123");
        tampered[at] = 'T';
        Run failed = main("verify", Files.write(tmp.resolve("bad.p7s"), tampered).toString(), "--trust",
                trust.toString(), "--crl", crlFile.toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains("HASH_FAILURE");

        Run unreadable = main("verify", Files.write(tmp.resolve("junk.p7s"), new byte[] {0x30, 0x03, 1}).toString());
        assertThat(unreadable.exit()).isEqualTo(3);
        assertThat(unreadable.err()).contains("SIGNATURE_MALFORMED");
    }
}
