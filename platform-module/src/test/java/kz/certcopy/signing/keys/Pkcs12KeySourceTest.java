package kz.certcopy.signing.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.signing.TestData;
import org.junit.jupiter.api.Test;

class Pkcs12KeySourceTest {

    private static final byte[] P12 = TestData.pki("keys/gost2015-512/2026_individual_valid.p12");

    @Test
    void wrongPasswordIsAClearCode() {
        assertThatThrownBy(() -> new Pkcs12KeySource(P12, "wrong".toCharArray()).load())
                .isInstanceOf(CertCopyException.class).extracting("code").isEqualTo("KEYSTORE_WRONG_PASSWORD");
    }

    @Test
    void corruptTruncatedOrForeignFilesAreCorrupt() {
        assertThatThrownBy(() -> new Pkcs12KeySource("not a keystore".getBytes(), "x".toCharArray()).load())
                .extracting("code").isEqualTo("KEYSTORE_CORRUPT");
        assertThatThrownBy(() -> new Pkcs12KeySource(Arrays.copyOf(P12, P12.length / 2), "Qwerty12".toCharArray())
                .load()).extracting("code").isEqualTo("KEYSTORE_CORRUPT");
        byte[] cms = TestData.pki("cms/kalkan_attached_rsa_test123.p7s");
        assertThatThrownBy(() -> new Pkcs12KeySource(cms, "Qwerty12".toCharArray()).load())
                .extracting("code").isEqualTo("KEYSTORE_CORRUPT");
    }

    @Test
    void rsaAndGostKeysLoad() {
        assertThat(kz.certcopy.signing.identity.IdentityReader.read(
                TestData.key("rsa/2021_individual_sign.p12").certificate()).iin()).isEqualTo("123456789011");
        assertThat(TestData.key("gost2004/2019_org_GOSTKNCA.p12").privateKey()).isNotNull();
    }
}
