package kz.certcopy.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Requests refused before any controller, and the API description. */
class EdgeProblemsIT extends IntegrationTest {

    /** Sends the request line as is (an HTTP client would normalize or refuse these paths). */
    private String raw(String path) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                    + "Authorization: Basic YWxtYXR5LmNsZXJrMTpkZW1vLXBhc3MtMjAyNg==\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String response, String code) {
        assertThat(response).as(response).startsWith("HTTP/1.1 400");
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        if (response.toLowerCase().contains("transfer-encoding: chunked")) {
            body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
        }
        JsonNode json = JSON.readTree(body);
        assertThat(json.path("code").asString()).isEqualTo(code);
        assertThat(json.path("detail").asString()).isNotBlank();
        assertThat(body).doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void pathsTheFirewallRejectsAreProblems() throws IOException {
        assertProblem(raw("/api/v1//me"), "INVALID_PATH");
        assertProblem(raw("/api/v1/me;x=1"), "INVALID_PATH");
        assertProblem(raw("/api/v1/..;/me"), "INVALID_PATH");
    }

    @Test
    void pathsTomcatRejectsAreProblems() throws IOException {
        assertProblem(raw("/api/v1/requests/a%2Fb"), "INVALID_REQUEST");
        assertProblem(raw("/api/v1/requests/a%00b"), "INVALID_REQUEST");
    }

    @Test
    void theApiDescriptionDeclaresBasicAuthAndCreatedResponses() {
        Response docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200); // public: the shape of the API, no data
        JsonNode api = docs.json();
        assertThat(api.path("info").path("title").asString()).isEqualTo("CertCopy API");
        assertThat(api.path("info").path("version").asString()).isEqualTo("v1");
        assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(api.path("security").get(0).has("basic")).isTrue();
        JsonNode register = api.path("paths").path("/api/v1/requests").path("post").path("responses");
        assertThat(register.has("201")).as(register.toString()).isTrue();
        JsonNode scans = api.path("paths").path("/api/v1/requests/{id}/originals/{n}/scans").path("post")
                .path("responses");
        assertThat(scans.has("201")).as(scans.toString()).isTrue();
    }
}
