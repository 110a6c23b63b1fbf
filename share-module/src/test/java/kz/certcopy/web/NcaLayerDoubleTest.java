package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kz.certcopy.signing.validation.ExternalCmsCheck;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NCALayer stand-in speaks the wire protocol of NCALAYER.md (checked with the JDK's WebSocket client, no
 * browser): greeting, heartbeat, basics.sign in hash mode with a CMS that really verifies over the hash, Cancel,
 * error codes, filters, unknown module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NcaLayerDoubleTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private NcaLayerDouble ncalayer;
    private final LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private WebSocket socket;

    @BeforeAll
    void start() throws Exception {
        ncalayer = NcaLayerDouble.start(NcaLayerDouble.VALID_KEY, NcaLayerDouble.PASSWORD,
                Clock.fixed(Instant.parse("2026-10-01T06:00:00Z"), ZoneOffset.UTC));
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(ncalayer.url()), new WebSocket.Listener() {
                    private final StringBuilder part = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        part.append(data);
                        if (last) {
                            inbox.add(part.toString());
                            part.setLength(0);
                        }
                        ws.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    void stop() throws Exception {
        socket.abort();
        ncalayer.close();
    }

    private String call(String message) throws Exception {
        socket.sendText(message, true).get(10, TimeUnit.SECONDS);
        String answer = inbox.poll(20, TimeUnit.SECONDS);
        assertThat(answer).as("answer to " + message).isNotNull();
        return answer;
    }

    private String sign(String signerParams, byte[] hash) {
        return "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":{\"allowedStorages\":[\"PKCS12\"],"
                + "\"format\":\"cms\",\"data\":\"" + Base64.getEncoder().encodeToString(hash) + "\","
                + "\"signingParams\":{\"decode\":true,\"encapsulate\":false,\"digested\":true},"
                + "\"signerParams\":" + signerParams + ",\"locale\":\"kk\"}}";
    }

    @Test
    void speaksTheProtocolAndSignsTheHashForReal() throws Exception {
        assertThat(json.readTree(inbox.poll(10, TimeUnit.SECONDS)).path("result").path("version").asString())
                .isNotBlank();
        assertThat(call("--heartbeat--")).isEqualTo("--heartbeat--");

        byte[] hash = MessageDigest.getInstance("SHA-256").digest("copy".getBytes()); // length is not checked
        byte[] streebog = new byte[64];
        System.arraycopy(hash, 0, streebog, 0, 32);
        String params = "{\"extKeyUsageOids\":[\"1.3.6.1.5.5.7.3.4\"],\"iin\":\"123456789012\",\"chain\":[]}";
        JsonNode ok = json.readTree(call(sign(params, streebog)));
        assertThat(ok.path("status").asBoolean()).isTrue();
        String pem = ok.path("body").path("result").asString();
        assertThat(pem).startsWith("-----BEGIN CMS-----\n").endsWith("-----END CMS-----\n");
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        CMSSignedData cms = new CMSSignedData(der);
        assertThat(cms.isDetachedSignature()).isTrue();
        var cert = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(
                        cms.getCertificates().getMatches(null).iterator().next().getEncoded()));
        // the platform's own check: one signer, this certificate, messageDigest = the hash, valid GOST signature
        assertThat(ExternalCmsCheck.requireSignedBy(der, cert, streebog)).isNotEmpty();

        // Cancel in the dialog, then an error code
        ncalayer.cancelNext();
        assertThat(json.readTree(call(sign(params, streebog))).toString()).isEqualTo("{\"status\":true,\"body\":{}}");
        ncalayer.failNext("SIGNING_FAILURE", "Signing has failed.");
        JsonNode failed = json.readTree(call(sign(params, streebog)));
        assertThat(failed.path("status").asBoolean()).isFalse();
        assertThat(failed.path("code").asString()).isEqualTo("SIGNING_FAILURE");

        // filters: another IIN, another certificate's serial, or a test key without chain:[] — nothing selectable,
        // the user can only cancel; the key's own serial (as getKeyInfo reports it) is selectable
        assertThat(json.readTree(call(sign("{\"extKeyUsageOids\":[\"1.3.6.1.5.5.7.3.4\"],\"iin\":\"123456789011\","
                + "\"chain\":[]}", streebog))).path("body").has("result")).isFalse();
        assertThat(json.readTree(call(sign("{\"extKeyUsageOids\":[\"1.3.6.1.5.5.7.3.4\"],\"iin\":\"123456789012\","
                + "\"serialNumber\":\"12490d7ba57b59efea8433349d75cc807b168957\",\"chain\":[]}", streebog)))
                .path("body").has("result")).isFalse();
        assertThat(json.readTree(call(sign("{\"extKeyUsageOids\":[\"1.3.6.1.5.5.7.3.4\"],\"iin\":\"123456789012\","
                + "\"serialNumber\":\"179fdd544a7f9a19b77ad38275ca45f20b84e590\",\"chain\":[]}", streebog)))
                .path("body").has("result")).isTrue();
        assertThat(json.readTree(call(sign("{\"extKeyUsageOids\":[\"1.3.6.1.5.5.7.3.4\"]}", streebog)))
                .path("body").has("result")).isFalse();
        // signingParams not an object → INVOCATION_ERROR; unknown module
        assertThat(json.readTree(call("{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":"
                + "{\"format\":\"cms\",\"data\":\"AA==\",\"signingParams\":\"x\",\"signerParams\":{}}}"))
                .path("code").asString()).isEqualTo("INVOCATION_ERROR");
        assertThat(json.readTree(call("{\"module\":\"no.such.module\",\"method\":\"x\",\"args\":{}}"))
                .path("errorCode").asString()).isEqualTo("MODULE_NOT_FOUND");

        // commonUtils: the certificate of the key, PEM
        JsonNode info = json.readTree(call("{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getKeyInfo\","
                + "\"args\":[\"PKCS12\"]}"));
        assertThat(info.path("code").asString()).isEqualTo("200");
        assertThat(info.path("responseObject").path("pem").asString()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(info.path("responseObject").path("serialNumber").asString())
                .isEqualToIgnoringCase("179FDD544A7F9A19B77AD38275CA45F20B84E590");
    }
}
