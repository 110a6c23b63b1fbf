package kz.certcopy.signing.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.support.TestCa;
import kz.certcopy.signing.support.Tools;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.CrlRevocationSource;
import kz.certcopy.signing.trust.TrustAnchors;
import kz.certcopy.signing.validation.Indication;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real PKCS#11 token: SoftHSM2 (Debian package softhsm2) through the JDK's SunPKCS11 provider. */
class Pkcs11KeySourceTest {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    private final String label = "certcopy-" + UUID.randomUUID().toString().substring(0, 8);
    @TempDir
    Path tmp;

    @AfterEach
    void deleteToken() {
        Tools.run(List.of("softhsm2-util", "--delete-token", "--token", label));
    }

    @Test
    void rsaKeyOnASoftHsmTokenSignsCadesInsideTheToken() throws Exception {
        Tools.Result init = Tools.run(List.of("softhsm2-util", "--init-token", "--free", "--label", label,
                "--pin", "1234", "--so-pin", "5678"));
        Matcher slot = Pattern.compile("slot (\\d+)").matcher(init.output());
        assertThat(slot.find()).as(init.output()).isTrue();
        Path config = Files.writeString(tmp.resolve("pkcs11.cfg"),
                "name = CertCopyTest\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n");

        // before any login: PKCS#11 login state is shared by the whole process afterwards
        assertThatThrownBy(() -> new Pkcs11KeySource(config, "0000".toCharArray()).load())
                .extracting("code").isEqualTo("KEYSTORE_WRONG_PASSWORD");

        TestCa ca = new TestCa(TestData.GOST_2026_TIME);
        Provider p = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore token = KeyStore.getInstance("PKCS11", p);
        token.load(null, "1234".toCharArray());
        token.setKeyEntry("clerk", ca.clerk.privateKey(), null,
                new java.security.cert.Certificate[] {ca.clerk.certificate(), ca.root});

        SigningKey key = new Pkcs11KeySource(config, "1234".toCharArray()).load();
        assertThat(key.provider()).isNotNull();
        assertThat(key.certificate()).isEqualTo(ca.clerk.certificate());
        byte[] doc = "token".getBytes();
        byte[] cms = new CadesSigner(null).sign(doc, key, AttributeProfile.CADES, CadesLevel.B_B, ca.now);
        SignatureVerifier verifier = new SignatureVerifier(new CertificateValidator(new TrustAnchors(List.of(ca.root)),
                List.of(CrlRevocationSource.of(List.of(ca.crl()), TestData.GOST_2026_CLOCK)), true),
                TestData.GOST_2026_CLOCK, Duration.ofSeconds(20));
        assertThat(verifier.verify(cms, doc).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void missingLibraryIsTokenUnavailable() throws Exception {
        Path config = Files.writeString(tmp.resolve("bad.cfg"), "name = Nothing\nlibrary = " + tmp.resolve("none.so") + "\n");
        assertThatThrownBy(() -> new Pkcs11KeySource(config, "1".toCharArray()).load())
                .extracting("code").isEqualTo("TOKEN_UNAVAILABLE");
    }
}
