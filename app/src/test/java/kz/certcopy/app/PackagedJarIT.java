package kz.certcopy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar carries the platform and share jars of this very build. An incremental {@code package} (the
 * README's build command run again after a change in platform or share) once left the previous build's code nested
 * in {@code certcopy-app.jar}: the jar plugin kept the already repackaged jar and repackaging left it alone.
 */
class PackagedJarIT {

    @ParameterizedTest
    @ValueSource(strings = {"platform-module/target/certcopy-platform", "share-module/target/certcopy-share"})
    void nestedModuleJarsAreThoseJustBuilt(String built) throws Exception {
        Path module = Path.of("..", built + "-0.1.0-SNAPSHOT.jar");
        assertThat(module).exists();
        String nested = "BOOT-INF/lib/" + module.getFileName();
        try (JarFile app = new JarFile(AppProcess.JAR.toFile())) {
            assertThat(app.getJarEntry(nested)).as(nested).isNotNull();
            try (InputStream in = app.getInputStream(app.getJarEntry(nested))) {
                assertThat(sha256(in.readAllBytes())).as(nested).isEqualTo(sha256(Files.readAllBytes(module)));
            }
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
