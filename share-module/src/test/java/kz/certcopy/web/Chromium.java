package kz.certcopy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium driven through chromedriver, with a profile folder of its own in the temporary
 * directory ({@code certcopy-chromium*}). The folder goes with the browser: {@link #close()} quits it and deletes
 * the folder even when quitting fails (a crashed browser), and a browser that does not start leaves none behind.
 */
final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() throws IOException {
        Path profile = Files.createTempDirectory("certcopy-chromium");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            // the browser asks for Russian first, as most clerks' browsers do; the language switch overrides it
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ru,kk,en"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=ru");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1366, 768));
            return new Chromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Path profile() {
        return profile;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    /**
     * Deletes the folder and everything in it. Chromium's last child processes may still write into the profile a
     * moment after chromedriver reports the browser gone, so a walk that meets a changing tree is tried again.
     */
    static void delete(Path dir) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (NoSuchFileException gone) {
                if (!Files.exists(dir)) {
                    return;
                }
                pause(attempt, gone);
            } catch (IOException | UncheckedIOException e) {
                pause(attempt, e);
            }
        }
    }

    private static void pause(int attempt, Exception cause) {
        if (attempt >= 20) {
            throw new IllegalStateException("Chromium's profile folder could not be deleted", cause);
        }
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
