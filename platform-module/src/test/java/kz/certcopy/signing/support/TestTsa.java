package kz.certcopy.signing.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import kz.certcopy.signing.kz.KzGostProvider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** A real RFC 3161 TSA on loopback: BouncyCastle's generator behind the JDK HTTP server, time from a clock. */
public final class TestTsa implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong serial = new AtomicLong(1);

    public TestTsa(TestCa ca, Clock clock) throws Exception {
        var signerInfo = new JcaSimpleSignerInfoGeneratorBuilder().setProvider(KzGostProvider.bouncyCastle())
                .build("SHA256withRSA", ca.tsaKey.getPrivate(), ca.tsa);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signerInfo,
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.2.398.3.3.2.6.2"));
        tokens.addCertificates(new JcaCertStore(java.util.List.of(ca.tsa)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsp", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                byte[] body = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()),
                        Date.from(clock.instant())).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsp";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A loopback server that accepts connections and never answers (for timeout tests). */
    public static final class Silent implements AutoCloseable {
        private final java.net.ServerSocket socket;
        private final java.util.List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread acceptor;

        public Silent() throws IOException {
            socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        held.add(socket.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        public String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (java.net.Socket s : held) {
                s.close();
            }
        }
    }

    /** A loopback URL on a port nobody listens on. */
    public static String closedPortUrl(String path) throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port + path;
    }
}
