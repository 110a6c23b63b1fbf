package kz.certcopy.hardening;

import static kz.certcopy.hardening.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The public endpoints answer a client over its limit (60 a minute per address) with 429 and {@code Retry-After},
 * the seconds left in the limit's minute, not with 503 "unavailable" and nothing to go by.
 */
class PublicRateLimitIT extends IntegrationTest {

    @Test
    void overTheLimitTheAnswerIs429WithRetryAfterInSeconds() {
        // the start of a fresh minute of the test clock, so what other tests used of theirs does not count
        clock.advanceSeconds((60_000 - clock.millis() % 60_000 + 999) / 1000);
        String lookup = "/api/v1/public/copies/" + UUID.randomUUID() + "?code=x";
        for (int i = 0; i < 60; i++) {
            assertThat(get(lookup, null).status()).as("call " + (i + 1)).isEqualTo(404); // COPY_UNKNOWN, counted
        }
        clock.advanceSeconds(15);
        Response limited = get(lookup, null, "Accept-Language", "en");
        assertProblem(limited, 429, "TOO_MANY_REQUESTS");
        assertThat(limited.header("Retry-After")).isEqualTo("45");
        assertThat(limited.json().path("detail").asString()).isEqualTo(
                "Too many requests from your address; try again in 45 s.");
        assertThat(limited.json().path("title").asString()).isEqualTo("Too many requests");
        Response page = get("/verify/" + UUID.randomUUID() + "?code=x", null, "Accept-Language", "kk");
        assertProblem(page, 429, "TOO_MANY_REQUESTS");
        assertThat(page.header("Retry-After")).isEqualTo("45");
        assertThat(page.json().path("detail").asString()).contains("45 секундтан кейін");

        // after the wait, the client is served again
        clock.advanceSeconds(45);
        assertThat(get(lookup, null).status()).isEqualTo(404);
    }
}
