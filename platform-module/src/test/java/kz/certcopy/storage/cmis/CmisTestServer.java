package kz.certcopy.storage.cmis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenCMIS InMemory server (module cmis-test-server) over HTTP in an embedded Tomcat 9. Tomcat 9 (javax) and the
 * application's Tomcat 11 (jakarta) share package names, so the server runs in a class loader of its own whose parent
 * is the JDK's platform loader: nothing of this module's class path leaks in, nothing of the server's leaks out.
 * The jars are those listed in {@code cmis-test-server.classpath}, which that module's build writes into its jar.
 */
final class CmisTestServer implements AutoCloseable {

    private static final String SERVER_CLASS = "kz.certcopy.cmis.testserver.InMemoryCmisServer";

    private final URLClassLoader loader;
    private final Object server;
    private final String browserUrl;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private CmisTestServer(URLClassLoader loader, Object server) throws ReflectiveOperationException {
        this.loader = loader;
        this.server = server;
        this.browserUrl = (String) server.getClass().getMethod("browserUrl").invoke(server);
    }

    /** Starts a fresh, empty repository on a free loopback port. */
    static CmisTestServer start(String repositoryId) {
        URLClassLoader loader = new URLClassLoader("cmis-test-server", serverClassPath(),
                ClassLoader.getPlatformClassLoader());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Method start = loader.loadClass(SERVER_CLASS).getMethod("start", int.class, String.class);
            CmisTestServer server = new CmisTestServer(loader, start.invoke(null, 0, repositoryId));
            // test classes keep theirs in a static field for their Spring context: it goes, with its temporary
            // folder, when the JVM ends
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cmis-test-server-stop"));
            return server;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the CMIS test server did not start", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    String browserUrl() {
        return browserUrl;
    }

    /** The server stops answering (connections refused) — a repository that went down. */
    void stopAnswering() {
        call("stopConnector");
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        call("close");
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void call(String method) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            server.getClass().getMethod(method).invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static URL[] serverClassPath() {
        URL listing = CmisTestServer.class.getClassLoader().getResource("cmis-test-server.classpath");
        if (listing == null) {
            throw new IllegalStateException("cmis-test-server.classpath not on the test class path: build the "
                    + "cmis-test-server module first (./mvnw -pl platform-module -am ...)");
        }
        try (InputStream in = listing.openStream()) {
            List<URL> urls = new ArrayList<>();
            urls.add(codeSourceOf(listing));
            for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or classes directory) holding the listing, i.e. the server's own classes. */
    private static URL codeSourceOf(URL listing) throws MalformedURLException {
        String s = listing.toString();
        if (s.startsWith("jar:")) {
            return new URL(s.substring(4, s.indexOf("!/")));
        }
        return new URL(s.substring(0, s.length() - "cmis-test-server.classpath".length()));
    }
}
