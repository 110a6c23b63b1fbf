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
        Run s = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(), doc.toString(),
                sig.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(s.out()).contains("GOST_2015_512");
        Path crl = file("nca.crl", TestData.pki("crl/nca_gost2022_test_2026-08-11.crl"));
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
        Run w = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(), p12.toString(),
                tmp.resolve("o").toString());
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
        Run s = cli("sign", "--keystore", p12.toString(), "--password-file", pwd.toString(), "--pades",
                in.toString(), out.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(Tools.run(java.util.List.of("pdfsig", "-nocert", out.toString())).output())
                .contains("Signature is Valid");
        Path root = tmp.resolve("root");
        Files.createDirectories(root);
        ca.writeRootPem(root);
        Run v = cli("verify", out.toString(), "--trust", root.toString());
        assertThat(v.exit()).isEqualTo(2); // no revocation data given: never a pass
        assertThat(v.out()).contains("TRY_LATER");
    }
}
