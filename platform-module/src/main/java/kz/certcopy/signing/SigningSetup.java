package kz.certcopy.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.Certificates;
import kz.certcopy.signing.trust.CrlRevocationSource;
import kz.certcopy.signing.trust.OcspRevocationSource;
import kz.certcopy.signing.trust.RevocationSource;
import kz.certcopy.signing.trust.TrustAnchors;

/** Framework-free assembly helpers shared by the Spring configuration and the command line. */
public final class SigningSetup {
    private SigningSetup() {
    }

    /** Loads certificates from files, directories or {@code classpath:} resources. */
    public static TrustAnchors trust(List<String> locations) {
        List<X509Certificate> certs = new ArrayList<>();
        for (String location : locations) {
            try {
                if (location.startsWith("classpath:")) {
                    String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
                    try (InputStream in = SigningSetup.class.getClassLoader().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IOException("missing resource");
                        }
                        certs.add(Certificates.certificate(in.readAllBytes()));
                    }
                } else if (Files.isDirectory(Path.of(location))) {
                    certs.addAll(Certificates.fromDirectory(Path.of(location)));
                } else {
                    certs.add(Certificates.certificate(Files.readAllBytes(Path.of(location))));
                }
            } catch (IOException | CertificateException | RuntimeException e) {
                throw SigningErrors.error(SigningErrors.CERT_UNTRUSTED, ErrorKind.UNAVAILABLE, e, "trust anchors");
            }
        }
        return new TrustAnchors(certs);
    }

    public static CertificateValidator validator(TrustAnchors trust, List<String> crls, String ocspUrl,
                                                 Duration timeout, Clock clock, boolean revocationRequired) {
        List<RevocationSource> sources = new ArrayList<>();
        if (ocspUrl != null && !ocspUrl.isBlank()) {
            sources.add(new OcspRevocationSource(ocspUrl, timeout));
        }
        if (!crls.isEmpty()) {
            sources.add(new CrlRevocationSource(crls, timeout, clock));
        }
        return new CertificateValidator(trust, sources, revocationRequired);
    }
}
