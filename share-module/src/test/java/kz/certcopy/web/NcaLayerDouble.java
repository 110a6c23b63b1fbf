package kz.certcopy.web;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.identity.IdentityReader;
import kz.certcopy.signing.keys.Pkcs12KeySource;
import kz.certcopy.signing.keys.SigningKey;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for NCALayer (the NCA RK desktop app, which cannot run on a build machine) in the spirit of
 * {@code sigex-kz/ncalayer-mocker}: a WebSocket server on loopback that speaks NCALayer's wire protocol as described
 * in the design note NCALAYER.md — greeting {@code {"result":{"version":…}}}, {@code --heartbeat--} echo, module
 * {@code kz.gov.pki.knca.basics} method {@code sign} (named args, PEM-armoured CMS, Cancel = {@code status:true}
 * without {@code result}, errors {@code status:false,code}), and {@code kz.gov.pki.knca.commonUtils}
 * {@code getActiveTokens} / {@code getKeyInfo} / {@code changeLocale}. It REALLY signs, with a real NCA RK test key, through the platform's
 * CMS code (as Kalkan/NCALayer would: the key's own digest, signed attributes contentType, signingTime,
 * messageDigest, signingCertificateV2). What a user would do in NCALayer's dialog (pick the key, type the password,
 * or press Cancel) is scripted by the test; every message the page sent is kept for assertions.
 */
final class NcaLayerDouble implements AutoCloseable {

    static final String BASICS = "kz.gov.pki.knca.basics";
    static final String COMMON_UTILS = "kz.gov.pki.knca.commonUtils";
    /** Extended key usage "emailProtection": NCA RK signing keys (auth keys carry clientAuth). */
    static final String EKU_SIGN = "1.3.6.1.5.5.7.3.4";

    /** What the user does in the next NCALayer dialog. */
    private sealed interface Action permits Cancel, Fail {
    }

    private record Cancel() implements Action {
    }

    private record Fail(String code, String message) implements Action {
    }

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Tomcat tomcat = new Tomcat();
    private volatile Clock clock;
    private final List<JsonNode> received = new ArrayList<>();
    private final Deque<Action> script = new ArrayDeque<>();
    private volatile SigningKey key;
    /** The key picked in the signing dialog when it differs from the one getKeyInfo reported; null = same. */
    private volatile SigningKey signingKey;
    /** Behaves like an NCALayer that does not apply {@code signerParams.serialNumber} (until {@link #clear}). */
    private volatile boolean ignoresSerialNumber;

    private static NcaLayerDouble shared;

    private Path baseDir;

    private NcaLayerDouble(Clock clock) {
        this.clock = clock;
    }

    /**
     * The one stand-in of this JVM (the browser tests share one application context, so one configured URL),
     * started on first use holding almaty.clerk1's valid signing key.
     */
    static synchronized NcaLayerDouble shared() {
        if (shared == null) {
            shared = start(VALID_KEY, PASSWORD, Clock.systemUTC());
            NcaLayerDouble d = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> { // its Tomcat folder goes with the JVM
                try {
                    d.close();
                } catch (Exception e) {
                    // the JVM is ending: nothing left to tell
                }
            }, "ncalayer-double-stop"));
        }
        return shared;
    }

    /** almaty.clerk1's key (IIN 123456789012, sign right, not revoked); all test keys use the password below. */
    static final String VALID_KEY = "/testdata/kz-pki/keys/gost2015-512/2026_legal_valid_employee_signright.p12";
    static final String PASSWORD = "Qwerty12";

    /** Starts on 127.0.0.1 at a free port, holding the key of the given test PKCS#12 (a classpath resource). */
    static NcaLayerDouble start(String pkcs12Resource, String password, Clock clock) {
        NcaLayerDouble d = new NcaLayerDouble(clock);
        d.useKey(pkcs12Resource, password);
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            d.port = probe.getLocalPort(); // a fixed port, so the stand-in can be stopped and started again there
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            d.baseDir = Files.createTempDirectory("ncalayer-double");
            d.tomcat.setBaseDir(d.baseDir.toString());
            d.tomcat.getEngine().setName("ncalayer-double");
            Connector connector = new Connector();
            connector.setPort(d.port);
            connector.setProperty("address", "127.0.0.1");
            connector.setProperty("bindOnInit", "false"); // stop() closes the port: connections are refused
            d.tomcat.setConnector(connector);
            Context context = d.tomcat.addContext("", null);
            // the WebSocket upgrade is a filter: it needs a servlet mapped at "/" to run in front of
            Tomcat.addServlet(context, "default", new jakarta.servlet.http.HttpServlet() {
            });
            context.addServletMappingDecoded("/", "default");
            context.addServletContainerInitializer((classes, servletContext) -> {
                new WsSci().onStartup(java.util.Set.of(), servletContext);
                ServerContainer container = (ServerContainer) servletContext
                        .getAttribute(ServerContainer.class.getName());
                try {
                    container.addEndpoint(ServerEndpointConfig.Builder.create(Connection.class, "/")
                        .configurator(new ServerEndpointConfig.Configurator() {
                            @Override
                            public <T> T getEndpointInstance(Class<T> type) {
                                return type.cast(d.new Connection());
                            }
                        }).build());
                } catch (jakarta.websocket.DeploymentException e) {
                    throw new jakarta.servlet.ServletException(e);
                }
            }, null);
            d.tomcat.start();
        } catch (Exception e) {
            throw new IllegalStateException("NCALayer double did not start", e);
        }
        return d;
    }

    private int port;

    /** The URL the workspace page must use instead of {@code wss://127.0.0.1:13579/}. */
    String url() {
        return "ws://127.0.0.1:" + port + "/";
    }

    /** NCALayer is not running: nothing listens on its port any more (connections are refused). */
    void stop() throws org.apache.catalina.LifecycleException {
        tomcat.getConnector().stop();
    }

    /** NCALayer started again on the same port. */
    void resume() throws org.apache.catalina.LifecycleException {
        tomcat.getConnector().start();
    }

    /** The clock of the signingTime attribute (the application's clock in tests). */
    void useClock(Clock c) {
        this.clock = c;
    }

    /** The key the "user" picks in NCALayer's dialog from now on. */
    synchronized void useKey(String pkcs12Resource, String password) {
        try (var in = NcaLayerDouble.class.getResourceAsStream(pkcs12Resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key " + pkcs12Resource);
            }
            key = new Pkcs12KeySource(in.readAllBytes(), password.toCharArray()).load();
            signingKey = null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on the user picks this other key in the signing dialog (getKeyInfo still reports the first). */
    synchronized void signWith(String pkcs12Resource, String password) {
        SigningKey reported = key;
        useKey(pkcs12Resource, password);
        signingKey = key;
        key = reported;
    }

    /**
     * From now on the signing dialog offers keys whatever serial number the page asked for — so {@link #signWith}
     * can still pick another key, as an NCALayer that ignores that filter would let the user do.
     */
    synchronized void ignoreSerialNumber() {
        ignoresSerialNumber = true;
    }

    /** The user presses Cancel in the next signing dialog (basics.sign). */
    synchronized void cancelNext() {
        script.add(new Cancel());
    }

    /** NCALayer answers the next basics.sign with an error code. */
    synchronized void failNext(String code, String message) {
        script.add(new Fail(code, message));
    }

    /** Every JSON message the page sent, in order. */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    synchronized List<JsonNode> received(String module, String method) {
        return received.stream().filter(m -> module.equals(m.path("module").asString(""))
                && method.equals(m.path("method").asString(""))).toList();
    }

    synchronized void clear() {
        received.clear();
        script.clear();
        ignoresSerialNumber = false;
    }

    @Override
    public void close() throws Exception {
        try {
            tomcat.stop();
            tomcat.destroy();
        } finally {
            if (baseDir != null) {
                try (var files = Files.walk(baseDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** One browser connection. */
    public final class Connection extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            send(session, "{\"result\":{\"version\":\"1.4\"}}");
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                if ("--heartbeat--".equals(text)) {
                    send(session, text);
                    return;
                }
                send(session, answer(text));
            });
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            // nothing kept per connection
        }

        private void send(Session session, String text) {
            try {
                session.getBasicRemote().sendText(text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private synchronized String answer(String text) {
        JsonNode request;
        try {
            request = json.readTree(text);
        } catch (RuntimeException e) {
            return error("INVOCATION_ERROR", "An invoked method threw an exception.");
        }
        received.add(request);
        String module = request.path("module").asString("");
        String method = request.path("method").asString("");
        if (BASICS.equals(module) && "sign".equals(method)) {
            return basicsSign(request.path("args"));
        }
        if (COMMON_UTILS.equals(module) && "changeLocale".equals(method)) {
            return "{\"code\":\"200\"}";
        }
        if (COMMON_UTILS.equals(module) && "getActiveTokens".equals(method)) {
            return "{\"code\":\"200\",\"responseObject\":[]}"; // no hardware token plugged in: key files only
        }
        if (COMMON_UTILS.equals(module) && "getKeyInfo".equals(method)) {
            return keyInfo(request.path("args"));
        }
        return "{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\"}";
    }

    /** basics.sign: named args; success {status:true, body:{result: PEM}}; Cancel {status:true, body:{}}. */
    private String basicsSign(JsonNode args) {
        JsonNode params = args.path("signingParams");
        JsonNode signer = args.path("signerParams");
        if (!args.isObject() || !params.isObject() || !signer.isObject() || !args.path("data").isString()) {
            return error("INVOCATION_ERROR", "An invoked method threw an exception.");
        }
        if (!"cms".equals(args.path("format").asString(""))) {
            return error("INVALID_SIGNING_PARAMS", "Invalid signing parameters.");
        }
        Action next = script.poll();
        if (next instanceof Fail f) {
            return error(f.code(), f.message());
        }
        if (next instanceof Cancel || !selectable(signer)) {
            // Cancel pressed — or no key in the dialog passes the page's filters, so the user can only cancel
            return "{\"status\":true,\"body\":{}}";
        }
        boolean decode = params.path("decode").asBoolean(false);
        boolean encapsulate = params.path("encapsulate").asBoolean(true);
        boolean digested = params.path("digested").asBoolean(false);
        String data = args.path("data").asString();
        byte[] bytes;
        try {
            bytes = decode ? Base64.getDecoder().decode(data) : data.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return error("SIGNING_FAILURE", "Signing has failed.");
        }
        SigningKey key = signingKey != null ? signingKey : this.key;
        CadesSigner cades = new CadesSigner(null);
        byte[] cms;
        if (digested) {
            // the hash is signed as given; the result is always detached (NCALAYER.md §5)
            cms = cades.sign(bytes, key.certificate(), List.of(key.certificate()), CmsAlgorithms.signer(key),
                    AttributeProfile.CADES, CadesLevel.B_B, clock.instant());
        } else if (encapsulate) {
            cms = cades.signAttached(bytes, key, AttributeProfile.CADES, clock.instant());
        } else {
            cms = cades.sign(bytes, key, AttributeProfile.CADES, CadesLevel.B_B, clock.instant());
        }
        ObjectNode reply = json.createObjectNode();
        reply.put("status", true);
        reply.putObject("body").put("result", pem(cms));
        return reply.toString();
    }

    /**
     * Whether the key passes the page's {@code signerParams}: EKU filter (all OIDs required), IIN / BIN, the
     * certificate's serial number (in the form getKeyInfo reports it: lower-case hex, as the design note's sources
     * show it — that NCALayer compares in exactly this form is an assumption), and the chain — without {@code chain}
     * NCALayer offers only keys of the production NCA; test keys need {@code []}.
     */
    private boolean selectable(JsonNode signer) {
        X509Certificate cert = (signingKey != null ? signingKey : key).certificate();
        List<String> usages;
        try {
            usages = cert.getExtendedKeyUsage() == null ? List.of() : cert.getExtendedKeyUsage();
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
        JsonNode ekus = signer.path("extKeyUsageOids");
        if (!ekus.isArray()) {
            return false;
        }
        for (JsonNode oid : ekus) {
            if (!usages.contains(oid.asString(""))) {
                return false;
            }
        }
        var who = IdentityReader.read(cert);
        String iin = signer.path("iin").asString("");
        String bin = signer.path("bin").asString("");
        String serial = signer.path("serialNumber").asString("");
        boolean testKey = cert.getIssuerX500Principal().getName().toUpperCase().contains("TEST");
        return (iin.isEmpty() || iin.equals(who.iin()))
                && (bin.isEmpty() || bin.equals(who.bin()))
                && (serial.isEmpty() || ignoresSerialNumber || serial.equals(cert.getSerialNumber().toString(16)))
                && (!testKey || signer.path("chain").isArray());
    }

    /** commonUtils.getKeyInfo [storage]: the certificate of the key the user picks. */
    private String keyInfo(JsonNode args) {
        if (!args.isArray() || args.size() != 1 || !args.get(0).isString()) {
            return "{\"code\":\"500\",\"message\":\"java.lang.IllegalArgumentException: argument type mismatch."
                    + " Method: getKeyInfo\"}";
        }
        X509Certificate cert = key.certificate();
        var who = IdentityReader.read(cert);
        ObjectNode info = json.createObjectNode();
        info.put("alias", HexFormat.of().formatHex(cert.getSerialNumber().toByteArray()));
        info.put("keyId", HexFormat.of().formatHex(cert.getSerialNumber().toByteArray()));
        info.put("algorithm", key.family().name());
        info.put("subjectCn", who.commonName());
        info.put("issuerCn", who.issuerCommonName());
        info.put("subjectDn", cert.getSubjectX500Principal().getName());
        info.put("issuerDn", cert.getIssuerX500Principal().getName());
        info.put("serialNumber", cert.getSerialNumber().toString(16));
        info.put("certNotBefore", String.valueOf(cert.getNotBefore().getTime()));
        info.put("certNotAfter", String.valueOf(cert.getNotAfter().getTime()));
        try {
            info.put("pem", "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(cert.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return json.writeValueAsString(Map.of("code", "200", "responseObject", info));
    }

    private String error(String code, String message) {
        ObjectNode reply = json.createObjectNode();
        reply.put("status", false);
        reply.put("code", code);
        reply.put("message", message);
        reply.put("details", "kz.gov.pki.knca.basics.BasicsException: " + message);
        return reply.toString();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CMS-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END CMS-----\n";
    }
}
