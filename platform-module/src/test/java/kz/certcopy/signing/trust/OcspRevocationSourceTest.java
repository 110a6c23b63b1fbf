package kz.certcopy.signing.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Date;

import com.sun.net.httpserver.HttpServer;
import kz.certcopy.signing.TestData;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.support.TestCa;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** A real RFC 6960 responder on loopback, signed by the test CA itself. */
class OcspRevocationSourceTest {

    @Test
    void goodAndRevokedAnswersFromALocalResponder() throws Exception {
        TestCa ca = new TestCa(TestData.GOST_2026_TIME);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ocsp", ex -> {
            try (InputStream in = ex.getRequestBody(); OutputStream out = ex.getResponseBody()) {
                OCSPReq req = new OCSPReq(in.readAllBytes());
                BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(new JcaX509CertificateHolder(ca.root)
                        .getSubject()));
                for (Req r : req.getRequestList()) {
                    boolean revoked = r.getCertID().getSerialNumber().equals(ca.revokedClerk.certificate().getSerialNumber());
                    b.addResponse(r.getCertID(), revoked ? new RevokedStatus(Date.from(ca.now.minusSeconds(3600)), 1)
                            : CertificateStatus.GOOD, Date.from(ca.now), Date.from(ca.now.plusSeconds(3600)));
                }
                var signer = new JcaContentSignerBuilder("SHA256withRSA").setProvider(KzGostProvider.bouncyCastle())
                        .build(ca.rootKey.getPrivate());
                byte[] body = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                        b.build(signer, null, Date.from(ca.now))).getEncoded();
                ex.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
            } finally {
                ex.close();
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp";
            OcspRevocationSource ocsp = new OcspRevocationSource(url, Duration.ofSeconds(5));
            assertThat(ocsp.status(ca.clerk.certificate(), ca.root, ca.now).state())
                    .isEqualTo(RevocationStatus.State.GOOD);
            RevocationStatus revoked = ocsp.status(ca.revokedClerk.certificate(), ca.root, ca.now);
            assertThat(revoked.state()).isEqualTo(RevocationStatus.State.REVOKED);
            assertThat(revoked.source()).isEqualTo("OCSP");
            // a response signed by a key that is not the issuer's is not believed
            TestCa other = new TestCa(TestData.GOST_2026_TIME);
            assertThat(ocsp.status(ca.clerk.certificate(), other.root, ca.now).state())
                    .isEqualTo(RevocationStatus.State.UNKNOWN);
        } finally {
            server.stop(0);
        }
        assertThat(new JcaDigestCalculatorProviderBuilder().build()).isNotNull();
    }
}
