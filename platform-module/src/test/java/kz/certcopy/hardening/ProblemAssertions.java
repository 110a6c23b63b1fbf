package kz.certcopy.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import kz.certcopy.IntegrationTest;

/** The shape every refused request must have: status, problem+json, the code, a filled-in message. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static void assertProblem(IntegrationTest.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(r.json().path("detail").asString()).isNotBlank().doesNotContain("{");
    }
}
