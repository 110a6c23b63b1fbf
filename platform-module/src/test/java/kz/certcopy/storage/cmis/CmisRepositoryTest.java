package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.certcopy.common.CertCopyException;
import org.junit.jupiter.api.Test;

/** How the adapter meets a repository that is slow, gone, or without the cc: model. */
class CmisRepositoryTest {

    private static CmisSettings settings(String url, Duration readTimeout) {
        return new CmisSettings(url, CmisSessions.REPOSITORY, "u", "p", Duration.ofSeconds(1), readTimeout, null);
    }

    @Test
    void aRepositoryThatAcceptsButNeverAnswersIsUnavailableAfterTheReadTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accept and say nothing
                    }
                } catch (Exception closed) {
                    // socket closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            CmisRepository repo = new CmisRepository(settings("http://127.0.0.1:" + silent.getLocalPort() + "/cmis",
                    Duration.ofMillis(700)), ContentModel.load());
            long start = System.nanoTime();
            assertThatThrownBy(repo::session).isInstanceOf(CertCopyException.class)
                    .extracting("code").isEqualTo("STORAGE_UNAVAILABLE");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aRepositoryThatIsDownIsUnavailable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CmisRepository repo = new CmisRepository(settings("http://127.0.0.1:" + port + "/cmis", Duration.ofSeconds(2)),
                ContentModel.load());
        assertThatThrownBy(repo::session).extracting("code").isEqualTo("STORAGE_UNAVAILABLE");
    }

    @Test
    void aRepositoryWithoutTheCertcopyModuleIsRefusedNamingTheMissingType() {
        try (CmisTestServer bare = CmisTestServer.start(CmisSessions.REPOSITORY)) {
            CmisRepository repo = new CmisRepository(settings(bare.browserUrl(), Duration.ofSeconds(5)),
                    ContentModel.load());
            assertThatThrownBy(repo::session).isInstanceOf(CertCopyException.class)
                    .satisfies(e -> assertThat(((CertCopyException) e).code()).isEqualTo("STORAGE_MODEL_MISSING"))
                    .satisfies(e -> assertThat(((CertCopyException) e).args()).anySatisfy(
                            a -> assertThat(a.toString()).isEqualTo("D:cc:certifiedCopy")));
        }
    }

    @Test
    void theRepositoryAsAlfrescoWouldExposeTheModelIsAccepted() {
        try (CmisTestServer server = CmisSessions.serverWithModel()) {
            CmisRepository repo = new CmisRepository(settings(server.browserUrl(), Duration.ofSeconds(5)),
                    ContentModel.load());
            assertThat(repo.session().getTypeDefinition("D:cc:certifiedCopy").getQueryName())
                    .isEqualTo("cc:certifiedCopy");
            assertThat(repo.session().getTypeDefinition("P:cc:applicant").getPropertyDefinitions()
                    .get("cc:applicantId").getQueryName()).isEqualTo("cc:applicantId");
        }
    }

    @Test
    void noUrlIsAConfigurationErrorAtStartUp() {
        assertThatThrownBy(() -> new CmisRepository(settings(" ", Duration.ofSeconds(1)), ContentModel.load()))
                .hasMessageContaining("certcopy.storage.cmis.url");
    }
}
