package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A browser of the tests leaves no profile folder ({@code /tmp/certcopy-chromium*}) behind: not when it quits, and
 * not when a test of its class failed.
 */
class BrowserProfileIT {

    @Test
    void theProfileFolderGoesWithTheBrowser() throws IOException {
        Path profile;
        try (Chromium chromium = Chromium.start()) {
            profile = chromium.profile();
            chromium.driver().get("about:blank");
            try (var files = Files.list(profile)) {
                assertThat(files).as("Chromium keeps its profile there").isNotEmpty();
            }
        }
        assertThat(profile).doesNotExist();
    }

    @Test
    void aBrowserTestClassWhoseTestFailedLeavesNoProfileFolder() {
        FailingOnPurpose.profile = null;
        var summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(FailingOnPurpose.class)).build(), summary);

        assertThat(summary.getSummary().getTestsFailedCount()).as("the class's test failed").isEqualTo(1);
        assertThat(FailingOnPurpose.profile).as("its browser had a profile folder").isNotNull();
        assertThat(FailingOnPurpose.profile).doesNotExist();
    }

    /**
     * Run only by the test above (a nested class is not picked up by failsafe): its browser opens a page, then the
     * test fails (its screenshot is target/screenshots/FAILED-failsOnPurpose.png).
     */
    static class FailingOnPurpose extends BrowserTest {
        static Path profile;

        @Test
        void failsOnPurpose() {
            profile = profile();
            open("/login");
            find("#sign-in");
            assertThat(profile).isDirectory();
            throw new AssertionError("fails on purpose: the profile folder must still be deleted");
        }
    }
}
