package kz.certcopy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.certcopy.security.DemoData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that run the whole platform over real HTTP against the embedded PostgreSQL. Every subclass
 * shares one Spring context (same configuration), so the database starts once per JVM.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class IntegrationTest {

    protected static final String PASSWORD = DemoData.PASSWORD;
    protected static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected kz.certcopy.testing.MovableClock clock;

    /** A response with its JSON body parsed (null when the body is empty or not JSON). */
    public record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {
        public String code() {
            return json == null ? null : json.path("code").asString();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    protected Response call(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        boolean typed = java.util.stream.IntStream.range(0, headers.length / 2)
                .anyMatch(i -> headers[2 * i].equalsIgnoreCase("Content-Type"));
        if (body != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r.body(), json, r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart POST of one file in the part {@code file}, as a browser's file input sends it. */
    protected Response upload(String path, String user, String fileName, byte[] data) {
        return multipart(path, user, new Part("file", fileName, data));
    }

    /** One file part of a multipart body. */
    public record Part(String name, String fileName, byte[] data) {
    }

    /** A multipart POST of the given file parts, in order (a name may repeat); {@code user} null for no login. */
    protected Response multipart(String path, String user, Part... parts) {
        return multipart(path, user, null, parts);
    }

    /** As {@link #multipart(String, String, Part...)}, asking for the problems in {@code language} (null: default). */
    protected Response multipart(String path, String user, String language, Part... parts) {
        String boundary = "----certcopy" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name()
                    + "\"; filename=\"" + p.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.data());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Response(r.statusCode(), r.body(), type.contains("json") && !r.body().isEmpty()
                    ? JSON.readTree(r.body()) : null, r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Response get(String path, String user, String... headers) {
        return call("GET", path, user, null, headers);
    }

    protected Response post(String path, String user, String body, String... headers) {
        return call("POST", path, user, body, headers);
    }

    /** A consent for a valid IIN with two originals, registered by an Almaty clerk. */
    protected static String registration(String iin) {
        return """
                {"centerId": "almaty-1",
                 "applicant": {"iin": "%s", "fullName": "Сәрсенбаева Әйгерім Қанатқызы",
                               "address": "Алматы қ., Абай даңғылы, 10", "phone": "+7 701 000 00 00"},
                 "originals": [
                   {"kind": "Диплом", "number": "ЖБ-0012345", "date": "2007-06-20", "issuer": "ҚазҰУ"},
                   {"kind": "Неке туралы куәлік", "number": "I-АЛ 998877", "date": "2010-09-01", "issuer": "АХАЖ"}],
                 "electronicMedia": true}""".formatted(iin);
    }

    protected String registerFor(String iin) {
        Response r = post("/api/v1/requests", "almaty.clerk1", registration(iin));
        if (r.status() != 201) {
            throw new AssertionError("registration failed: " + r.status() + " " + r.body());
        }
        return r.json().path("id").asString();
    }
}
