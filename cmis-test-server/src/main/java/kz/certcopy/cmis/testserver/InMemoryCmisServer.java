package kz.certcopy.cmis.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.TomcatURLStreamHandlerFactory;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;

/**
 * The OpenCMIS InMemory repository served over HTTP with the CMIS 1.1 browser binding, in an embedded Tomcat 9 on
 * 127.0.0.1. Browser binding URL: {@code http://127.0.0.1:<port>/cmis/browser}; HTTP Basic with any user name.
 * The repository starts with only the CMIS base types; tests add the cc: types with createType.
 *
 * <p>Only JDK types cross this class's public surface, so it can be driven from another class loader.
 */
public final class InMemoryCmisServer implements AutoCloseable {

    private final Tomcat tomcat;
    private final Path baseDir;
    private final int port;

    private InMemoryCmisServer(Tomcat tomcat, Path baseDir, int port) {
        this.tomcat = tomcat;
        this.baseDir = baseDir;
        this.port = port;
    }

    /** Starts a fresh, empty repository {@code repositoryId} on {@code port} (0: any free port). */
    public static InMemoryCmisServer start(int port, String repositoryId) {
        try {
            Path base = Files.createTempDirectory("cmis-inmemory");
            // the JVM has one URL stream handler factory: leave it to the application's own Tomcat
            TomcatURLStreamHandlerFactory.disable();
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(base.toString());
            Connector connector = new Connector("HTTP/1.1");
            connector.setPort(port);
            connector.setProperty("address", "127.0.0.1");
            tomcat.setConnector(connector);

            Context ctx = tomcat.addContext("", base.toString());
            ctx.getServletContext().setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY,
                    serviceFactory(repositoryId, base));

            Wrapper browser = Tomcat.addServlet(ctx, "cmisbrowser", new CmisBrowserBindingServlet());
            browser.addInitParameter("callContextHandler",
                    "org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler");
            browser.addInitParameter("cmisVersion", "1.1");
            ctx.addServletMappingDecoded("/cmis/browser/*", "cmisbrowser");

            tomcat.start();
            return new InMemoryCmisServer(tomcat, base, connector.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("the CMIS test server did not start", e);
        }
    }

    private static CmisServiceFactory serviceFactory(String repositoryId, Path base) {
        Map<String, String> params = new HashMap<>();
        params.put("InMemoryServer.RepositoryId", repositoryId);
        params.put("InMemoryServer.User", "dummyuser");
        params.put("InMemoryServer.TempDir", base.toString());
        params.put("InMemoryServer.MemoryThreshold", "4194304");
        params.put("InMemoryServer.MaxContentSizeKB", "65536");
        params.put("InMemoryServer.CleanIntervalMinutes", "0");
        params.put("RepositoryFiller.Enable", "false");
        InMemoryServiceFactoryImpl factory = new InMemoryServiceFactoryImpl();
        factory.init(params);
        return factory;
    }

    public String browserUrl() {
        return "http://127.0.0.1:" + port + "/cmis/browser";
    }

    public int port() {
        return port;
    }

    /** Stops answering at once (simulates a repository that went down); {@link #close} releases the rest. */
    public void stopConnector() {
        try {
            tomcat.getConnector().stop();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(baseDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }

    /** Runs the server by hand: {@code java -cp ... InMemoryCmisServer [port] [repositoryId]}. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
        String repo = args.length > 1 ? args[1] : "certcopy";
        InMemoryCmisServer server = start(port, repo);
        System.out.println("CMIS browser binding: " + server.browserUrl());
        Thread.currentThread().join();
    }
}
