package kz.certcopy.signing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.support.TestCa;
import kz.certcopy.signing.support.TestPdfs;
import kz.certcopy.signing.support.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningCliTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SigningCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestData.GOST_2026_CLOCK);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path trustDir() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("trust"));
        for (String f : new String[] {"root_test_gost_2022.cer", "nca_gost2022_test.cer"}) {
            Files.write(dir.resolve(f), TestData.pki("ca-test/" + f));
        }
        return dir;
    }

    private Path file(String name, byte[] data) throws Exception {
        return Files.write(tmp.resolve(name), data);
    }

    @Test
    void verifyKalkanCmsPrintsJsonAndExitCodeFollowsTheIndication() throws Exception {
        Path gostOnly = file("gost.p7s", TestData.pki("cms/kalkan_attached_gost2015+rsa_test123.p7s"));
        Path crl = file("nca.crl", TestData.pki("crl/nca_gost2022_test_2022-07-27.crl"));
        Run r = cli("verify", gostOnly.toString(), "--trust", trustDir().toString(), "--crl", crl.toString(),
                "--at", "2022-09-27T12:00:00Z");
        // the RSA co-signer's certificate is expired and its chain not trusted here: indeterminate overall
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("\"indication\": \"TOTAL_PASSED\"", "\"iin\": \"123456789012\"",
                "\"oid\": \"1.2.398.3.10.1.1.2.3.2\"", "\"indication\": \"INDETERMINATE\"");
    }

    @Test
    void signThenVerifyDetachedPassesAndTamperedFails() throws Exception {
        Path p12 = file("key.p12", TestData.pki("keys/gost2015-512/2026_legal_valid_employee_signright.p12"));
        Path pwd = file("pwd", "Qwerty12\n".getBytes(StandardCharsets.UTF_8));
        Path doc = file("doc.txt", "Көшірме".getBytes(StandardCharsets.UTF_8));
        Path sig = tmp.resolve("doc.p7s");
        Path crl = file("nca.crl", TestData.pki("crl/nca_gost2022_test_2026-08-11.crl"));
        Run s = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(), "--trust",
                trustDir().toString(), "--crl", crl.toString(), doc.toString(), sig.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(s.out()).contains("GOST_2015_512");
        String now = TestData.GOST_2026_TIME.toString();
        Run v = cli("verify", doc.toString(), sig.toString(), "--trust", trustDir().toString(), "--crl", crl.toString(),
                "--at", now);
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("\"indication\": \"TOTAL_PASSED\"");
        Files.write(doc, "Өзгертілген".getBytes(StandardCharsets.UTF_8));
        Run bad = cli("verify", doc.toString(), sig.toString(), "--trust", trustDir().toString(), "--crl",
                crl.toString(), "--at", now);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("HASH_FAILURE");
    }

    @Test
    void unreadableInputWrongPasswordAndBadUsageExitThree() throws Exception {
        byte[] p7s = TestData.pki("cms/kalkan_attached_rsa_test123.p7s");
        Path truncated = file("t.p7s", Arrays.copyOf(p7s, 100));
        Run r = cli("verify", truncated.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("SIGNATURE_MALFORMED").doesNotContain("Exception");
        assertThat(cli("verify").exit()).isEqualTo(3);
        assertThat(cli("verify", tmp.resolve("missing").toString()).exit()).isEqualTo(3);
        Path p12 = file("key.p12", TestData.pki("keys/gost2015-512/2026_individual_valid.p12"));
        Path pwd = file("pwd", "nope".getBytes(StandardCharsets.UTF_8));
        Run w = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(),
                "--no-certificate-checks", p12.toString(), tmp.resolve("o").toString());
        assertThat(w.exit()).isEqualTo(3);
        assertThat(w.err()).contains("KEYSTORE_WRONG_PASSWORD", "Wrong password");
    }

    @Test
    void padesSignedByTheCliPassesPdfsig() throws Exception {
        TestCa ca = new TestCa(TestData.GOST_2026_TIME);
        Path p12 = file("clerk.p12", ca.clerkPkcs12("secret".toCharArray()));
        Path pwd = file("pwd", "secret".getBytes(StandardCharsets.UTF_8));
        Path in = file("in.pdf", TestPdfs.simple("CLI"));
        Path out = tmp.resolve("out.pdf");
        Path root = tmp.resolve("root");
        Files.createDirectories(root);
        ca.writeRootPem(root);
        Run s = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(), "--trust",
                root.toString(), "--pades", in.toString(), out.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(Tools.run(java.util.List.of("pdfsig", "-nocert", out.toString())).output())
                .contains("Signature is Valid");
        Run v = cli("verify", out.toString(), "--trust", root.toString());
        assertThat(v.exit()).isEqualTo(2); // no revocation data given: never a pass
        assertThat(v.out()).contains("TRY_LATER");
    }

    @Test
    void signChecksTheCertificateUnlessToldExplicitlyNotTo() throws Exception {
        Path p12 = file("revoked.p12", TestData.pki("keys/gost2015-512/2026_legal_revoked_employee_signright.p12"));
        Path pwd = file("pwd", "Qwerty12".getBytes(StandardCharsets.UTF_8));
        Path doc = file("doc.txt", "Көшірме".getBytes(StandardCharsets.UTF_8));
        Path crl = file("nca.crl", TestData.pki("crl/nca_gost2022_test_2026-08-11.crl"));
        String key = p12.toString();
        // no --trust: bad usage, nothing signed
        Run bare = cli("sign", "--keystore", key, "--password-file", pwd.toString(), doc.toString(),
                tmp.resolve("a.p7s").toString());
        assertThat(bare.exit()).isEqualTo(3);
        assertThat(bare.err()).contains("USAGE", "--no-certificate-checks");
        assertThat(tmp.resolve("a.p7s")).doesNotExist();
        // with the trust anchors and the CRL: the revoked key is refused with the engine's code
        Run revoked = cli("sign", "--keystore", key, "--password-file", pwd.toString(), "--trust",
                trustDir().toString(), "--crl", crl.toString(), doc.toString(), tmp.resolve("b.p7s").toString());
        assertThat(revoked.exit()).as(revoked.err()).isEqualTo(1);
        assertThat(revoked.err()).contains("CERT_REVOKED");
        assertThat(tmp.resolve("b.p7s")).doesNotExist();
        // explicitly unchecked: signs, and says loudly what was skipped
        Run unchecked = cli("sign", "--keystore", key, "--password-file", pwd.toString(), "--no-certificate-checks",
                doc.toString(), tmp.resolve("c.p7s").toString());
        assertThat(unchecked.exit()).as(unchecked.err()).isZero();
        assertThat(unchecked.err()).contains("NO_CERTIFICATE_CHECKS");
        assertThat(tmp.resolve("c.p7s")).exists();
    }

    @Test
    void unreadableTrustAndCrlAndABadTsaUrlExitThree() throws Exception {
        Path sig = file("s.p7s", TestData.pki("cms/kalkan_attached_gost2015+rsa_test123.p7s"));
        Path garbage = file("garbage.cer", "not a certificate".getBytes(StandardCharsets.UTF_8));
        Path crl = file("nca.crl", TestData.pki("crl/nca_gost2022_test_2022-07-27.crl"));
        Run missingTrust = cli("verify", sig.toString(), "--trust", "/nonexistent");
        assertThat(missingTrust.exit()).as(missingTrust.err()).isEqualTo(3);
        assertThat(missingTrust.err()).contains("FILE_UNREADABLE", "/nonexistent");
        assertThat(cli("verify", sig.toString(), "--trust", garbage.toString()).exit()).isEqualTo(3);
        Path emptyDir = Files.createDirectories(tmp.resolve("empty"));
        assertThat(cli("verify", sig.toString(), "--trust", emptyDir.toString()).exit()).isEqualTo(3);
        String trust = trustDir().toString();
        Run missingCrl = cli("verify", sig.toString(), "--trust", trust, "--crl", tmp.resolve("no.crl").toString());
        assertThat(missingCrl.exit()).as(missingCrl.err()).isEqualTo(3);
        assertThat(missingCrl.err()).contains("FILE_UNREADABLE");
        assertThat(cli("verify", sig.toString(), "--trust", trust, "--crl", garbage.toString()).exit()).isEqualTo(3);
        assertThat(cli("verify", sig.toString(), "--trust", trust, "--crl", crl.toString(), "--at",
                "2022-09-27T12:00:00Z").exit()).isEqualTo(2);
        Path p12 = file("key.p12", TestData.pki("keys/gost2015-512/2026_legal_valid_employee_signright.p12"));
        Path pwd = file("pwd", "Qwerty12".getBytes(StandardCharsets.UTF_8));
        Run tsa = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(), "--trust", trust,
                "--tsa", "notaurl", sig.toString(), tmp.resolve("o.p7s").toString());
        assertThat(tsa.exit()).isEqualTo(3);
        assertThat(tsa.err()).contains("USAGE");
    }

    @Test
    void errorTextsFollowTheOperatorsLanguageAndFallBackToEnglish() {
        assertThat(SigningCli.message("CERT_REVOKED", java.util.Locale.forLanguageTag("kk")))
                .contains("кері қайтарылған");
        assertThat(SigningCli.message("FILE_UNREADABLE", java.util.Locale.forLanguageTag("ru")))
                .isEqualTo("Файл не удалось прочитать.");
        assertThat(SigningCli.message("FILE_UNREADABLE", java.util.Locale.GERMAN))
                .isEqualTo("The file could not be read.");
        assertThat(SigningCli.message("NO_SUCH_CODE", java.util.Locale.ENGLISH)).isEqualTo("NO_SUCH_CODE");
    }
}
