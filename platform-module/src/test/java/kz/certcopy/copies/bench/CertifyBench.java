package kz.certcopy.copies.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.certcopy.TestApplication;
import kz.certcopy.intake.Corpus;
import kz.certcopy.security.DemoData;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 5 speed, certification part: certify a 20-page 300-dpi original end to end over HTTP (assembly with the
 * mark, PAdES + CAdES with the NCA RK GOST 2015 test key, certificate checks, store, audit) — the median of
 * sequential runs — then 8 clerks certifying at once (95th percentile). Boots the platform on the embedded
 * PostgreSQL with the test configuration; uploads are not timed. Prints the figures; see docs/BENCHMARKS.md.
 * Args: [sequential runs, default 7] [concurrent rounds, default 3].
 */
public final class CertifyBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CLERKS = 8;
    private static int port;

    private CertifyBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> props = new ArrayList<>(List.of("server.port=0", "logging.level.root=WARN"));
        for (int i = 1; i <= CLERKS; i++) {
            props.add("certcopy.signing.clerk-keys[bench.clerk" + i + "].keystore=classpath:testdata/kz-pki/keys/"
                    + "gost2015-512/2026_legal_valid_employee_signright.p12");
            props.add("certcopy.signing.clerk-keys[bench.clerk" + i + "].password=Qwerty12");
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TestApplication.class)
                .profiles("demo").properties(props.toArray(String[]::new)).run()) {
            port = ctx.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            UserAccounts accounts = ctx.getBean(UserAccounts.class);
            for (int i = 1; i <= CLERKS; i++) {
                accounts.save("bench.clerk" + i, DemoData.PASSWORD, "Bench Clerk " + i, "123456789012", "almaty-1",
                        Set.of(Role.CLERK));
            }
            List<byte[]> pages = new ArrayList<>();
            for (int p = 0; p < 20; p++) {
                pages.add(Corpus.a4Jpeg(300, p));
            }
            System.out.printf("20 pages A4 300 dpi JPEG, %.1f MB in all%n",
                    pages.stream().mapToLong(b -> b.length).sum() / 1e6);

            List<Double> sequential = new ArrayList<>();
            for (int r = 0; r <= runs; r++) { // run 0 warms up
                String request = prepared("bench.clerk1", pages);
                double s = certify("bench.clerk1", request);
                if (r > 0) {
                    sequential.add(s);
                }
            }
            System.out.printf("sequential certify (n=%d): median %.2f s, min %.2f s, max %.2f s%n", runs,
                    percentile(sequential, 50), Collections.min(sequential), Collections.max(sequential));

            List<Double> concurrent = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
            for (int round = 0; round < rounds; round++) {
                List<String> requests = new ArrayList<>();
                for (int i = 1; i <= CLERKS; i++) {
                    requests.add(prepared("bench.clerk" + i, pages));
                }
                List<Future<Double>> done = new ArrayList<>();
                for (int i = 1; i <= CLERKS; i++) {
                    String clerk = "bench.clerk" + i;
                    String request = requests.get(i - 1);
                    done.add(pool.submit(() -> certify(clerk, request)));
                }
                for (Future<Double> f : done) {
                    concurrent.add(f.get());
                }
            }
            pool.shutdown();
            System.out.printf("%d clerks concurrently (n=%d): median %.2f s, p95 %.2f s, max %.2f s%n", CLERKS,
                    concurrent.size(), percentile(concurrent, 50), percentile(concurrent, 95),
                    Collections.max(concurrent));
        }
    }

    /** A registered request of the clerk's center with the 20 pages uploaded to original 1. */
    private static String prepared(String clerk, List<byte[]> pages) throws Exception {
        String body = """
                {"applicant": {"iin": "850312300121", "fullName": "Бенчмарк Тест", "address": "Алматы"},
                 "originals": [{"kind": "Диплом", "number": "ЖБ-1"}]}""";
        HttpResponse<String> r = HTTP.send(request("/api/v1/requests", clerk)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = r.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        for (int from = 0; from < pages.size(); from += 5) {
            String boundary = "----bench" + System.nanoTime();
            ByteArrayOutputStream multipart = new ByteArrayOutputStream();
            for (byte[] page : pages.subList(from, Math.min(pages.size(), from + 5))) {
                multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"p.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                multipart.write(page);
                multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            multipart.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> up = HTTP.send(request("/api/v1/requests/" + id + "/originals/1/scans", clerk)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (up.statusCode() != 201) {
                throw new IllegalStateException("upload: " + up.statusCode() + " " + up.body());
            }
        }
        return id;
    }

    /** Seconds for one certify call (201 required). */
    private static double certify(String clerk, String request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(request("/api/v1/requests/" + request + "/originals/1/certify", clerk)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double s = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 201) {
            throw new IllegalStateException("certify: " + r.statusCode() + " " + r.body());
        }
        return s;
    }

    private static HttpRequest.Builder request(String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
