package kz.certcopy.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import kz.certcopy.signing.keys.Pkcs12KeySource;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KzGostProvider;

/** Test material from src/test/resources/testdata/kz-pki (copied from the shared NCA RK test PKI, see NOTICE.md). */
public final class TestData {
    private TestData() {
    }

    /** Inside the 2026 GOST test keys' validity and the 2026-08-11 CRL's window. */
    public static final Instant GOST_2026_TIME = Instant.parse("2026-10-01T09:00:00Z");
    public static final Clock GOST_2026_CLOCK = Clock.fixed(GOST_2026_TIME, ZoneOffset.UTC);

    public static byte[] bytes(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pki(String path) {
        return bytes("testdata/kz-pki/" + path);
    }

    public static SigningKey key(String path) {
        String pwd = path.endsWith("2022_individual_valid.p12") || path.endsWith("2022_ceo_revoked.p12")
                ? "Aa123456" : "Qwerty12";
        return new Pkcs12KeySource(pki("keys/" + path), pwd.toCharArray()).load();
    }

    public static X509Certificate cert(String path) {
        KzGostProvider.install();
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pki(path)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509CRL crl(String path) {
        KzGostProvider.install();
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(pki(path)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
