package kz.certcopy.signing.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Revocation by CRLs from files or URLs. A loaded CRL is cached until its nextUpdate (by the injected clock), then
 * fetched again; a CRL counts only if its signature verifies with the certificate issuer's key. A listed
 * certificate (any reason, including certificateHold) is revoked from its revocation date on.
 */
public final class CrlRevocationSource implements RevocationSource {

    private static final Logger LOG = Logger.getLogger(CrlRevocationSource.class.getName());

    private final List<String> locations;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, X509CRL> cache = new ConcurrentHashMap<>();

    /** @param locations file paths or http(s) URLs */
    public CrlRevocationSource(List<String> locations, Duration timeout, Clock clock) {
        this.locations = List.copyOf(locations);
        this.timeout = timeout;
        this.clock = clock;
    }

    /** CRLs given as objects (for example, a CRL file named on the command line). */
    public static CrlRevocationSource of(List<X509CRL> crls, Clock clock) {
        CrlRevocationSource source = new CrlRevocationSource(List.of(), Duration.ofSeconds(1), clock);
        int i = 0;
        for (X509CRL crl : crls) {
            source.cache.put("given:" + i++, crl);
        }
        return source;
    }

    @Override
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, Instant at) {
        List<X509CRL> crls = crls();
        boolean anyForIssuer = false;
        for (X509CRL crl : crls) {
            if (!crl.getIssuerX500Principal().equals(cert.getIssuerX500Principal()) || !signedBy(crl, issuer)) {
                continue;
            }
            anyForIssuer = true;
            X509CRLEntry entry = crl.getRevokedCertificate(cert.getSerialNumber());
            Instant thisUpdate = crl.getThisUpdate().toInstant();
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                String reason = entry.getRevocationReason() == null ? "unspecified" : entry.getRevocationReason().name();
                return new RevocationStatus(RevocationStatus.State.REVOKED, entry.getRevocationDate().toInstant(),
                        reason, "CRL", thisUpdate);
            }
            boolean fresh = !thisUpdate.isAfter(at)
                    && (crl.getNextUpdate() == null || !crl.getNextUpdate().toInstant().isBefore(at));
            if (fresh) {
                return new RevocationStatus(RevocationStatus.State.GOOD, null, null, "CRL", thisUpdate);
            }
        }
        return RevocationStatus.unknown(anyForIssuer ? "no CRL current at the checked time" : "no CRL for the issuer");
    }

    private List<X509CRL> crls() {
        Instant now = clock.instant();
        for (String location : locations) {
            X509CRL cached = cache.get(location);
            boolean stale = cached == null
                    || (cached.getNextUpdate() != null && cached.getNextUpdate().toInstant().isBefore(now));
            if (stale) {
                try {
                    cache.put(location, Certificates.crl(load(location)));
                } catch (IOException | java.security.cert.CRLException | RuntimeException e) {
                    LOG.log(Level.WARNING, "CRL not available from a configured location: {0}", e.getClass().getSimpleName());
                }
            }
        }
        return new ArrayList<>(cache.values());
    }

    private byte[] load(String location) throws IOException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return HttpFetch.get(location, timeout);
        }
        if (location.startsWith("classpath:")) { // CRLs shipped inside the application (demo, tests)
            try (var in = CrlRevocationSource.class.getClassLoader()
                    .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                if (in == null) {
                    throw new java.io.FileNotFoundException(location);
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        if (issuer == null) {
            return false;
        }
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
