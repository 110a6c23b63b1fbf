package kz.certcopy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ApplicantHasherTest {

    private static final byte[] KEY = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    /** The hash is plain HMAC-SHA256, so anyone with the key can recompute it: checked against openssl. */
    @Test
    void isHmacSha256AsOpensslComputesIt() throws Exception {
        String iin = "850312300121";
        Process p = new ProcessBuilder("openssl", "dgst", "-sha256", "-mac", "HMAC", "-macopt",
                "hexkey:" + HexFormat.of().formatHex(KEY)).redirectErrorStream(true).start();
        p.getOutputStream().write(iin.getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String expected = out.substring(out.lastIndexOf(' ') + 1);
        assertThat(new ApplicantHasher(KEY).hash(iin)).isEqualTo(expected).hasSize(64).doesNotContain(iin);
    }

    @Test
    void dependsOnTheKeyAndNamesItWithoutRevealingIt() {
        byte[] other = KEY.clone();
        other[0] = 1;
        ApplicantHasher a = new ApplicantHasher(KEY);
        ApplicantHasher b = new ApplicantHasher(other);
        assertThat(a.hash("850312300121")).isEqualTo(a.hash("850312300121")).isNotEqualTo(b.hash("850312300121"));
        assertThat(a.keyId()).hasSize(16).isNotEqualTo(b.keyId());
        assertThat(HexFormat.of().formatHex(KEY)).doesNotContain(a.keyId());
        assertThatThrownBy(() -> new ApplicantHasher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
