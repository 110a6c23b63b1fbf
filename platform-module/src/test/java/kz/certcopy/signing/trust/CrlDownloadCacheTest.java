package kz.certcopy.signing.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import kz.certcopy.signing.TestData;
import kz.certcopy.signing.support.MutableClock;
import org.junit.jupiter.api.Test;

/** CRL by URL from a loopback HTTP server: downloaded once, reused until nextUpdate, then fetched again. */
class CrlDownloadCacheTest {

    @Test
    void crlIsCachedUntilNextUpdate() throws Exception {
        byte[] crl = TestData.pki("crl/nca_gost2022_test_2026-08-11.crl");
        AtomicInteger downloads = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/nca_gost2022_test.crl", ex -> {
            downloads.incrementAndGet();
            ex.sendResponseHeaders(200, crl.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(crl);
            }
        });
        server.start();
        try {
            MutableClock clock = new MutableClock(TestData.GOST_2026_TIME);
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/nca_gost2022_test.crl";
            CrlRevocationSource source = new CrlRevocationSource(List.of(url), Duration.ofSeconds(3), clock);
            var issuer = TestData.cert("ca-test/nca_gost2022_test.cer");
            var revoked = TestData.key("gost2015-512/2026_legal_revoked_treasury_client.p12").certificate();
            var good = TestData.key("gost2015-512/2026_legal_valid_treasury_client.p12").certificate();
            assertThat(source.status(revoked, issuer, clock.instant()).state()).isEqualTo(RevocationStatus.State.REVOKED);
            assertThat(source.status(good, issuer, clock.instant()).state()).isEqualTo(RevocationStatus.State.GOOD);
            assertThat(downloads.get()).isEqualTo(1);
            clock.advance(Duration.between(clock.instant(), Instant.parse("2027-02-08T00:00:00Z")));
            // past nextUpdate (2027-02-07): fetched again; the server still has only the old CRL, so no GOOD answer
            assertThat(source.status(good, issuer, clock.instant()).state()).isEqualTo(RevocationStatus.State.UNKNOWN);
            assertThat(downloads.get()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }
}
