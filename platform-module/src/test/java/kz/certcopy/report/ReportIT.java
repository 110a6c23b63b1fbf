package kz.certcopy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.certcopy.IntegrationTest;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.storage.JdbcAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The reports against a data set built by hand in two centers of their own (March 2021, Almaty was UTC+6), so the
 * expected figures are worked out below and no other test's data can touch them.
 */
class ReportIT extends IntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired UnitOfWork tx;

    private String c;
    private String d;
    private final List<UUID> copies = new ArrayList<>();

    private static Instant march(int day, int hourUtc, int minute) {
        return Instant.parse(String.format("2021-03-%02dT%02d:%02d:00Z", day, hourUtc, minute));
    }

    private void center(String id, String kk, String ru) {
        jdbc.sql("INSERT INTO service_center (id, name_kk, name_ru) VALUES (?, ?, ?)").params(id, kk, ru).update();
    }

    /** A request with one original; {@code seconds} null = still open. */
    private UUID request(String center, Instant registered, Long seconds, String status) {
        UUID id = UUID.randomUUID();
        Long overrun = seconds == null ? null : Math.max(0, seconds - 1800);
        jdbc.sql("""
                INSERT INTO certification_request (id, center_id, clerk, status, applicant_kind, applicant_id,
                    applicant_name, consent_documents, electronic_media, consent_date, registered_at,
                    time_limit_seconds, finished_at, overrun_seconds, version)
                VALUES (?, ?, 'almaty.clerk1', ?, 'INDIVIDUAL', '850312300121', 'Тест', ARRAY['Диплом'], true,
                    DATE '2021-03-01', ?, 1800, ?, ?, 0)""")
                .params(id, center, status, registered.atOffset(ZoneOffset.UTC),
                        seconds == null ? null : registered.plusSeconds(seconds).atOffset(ZoneOffset.UTC), overrun)
                .update();
        for (int n = 1; n <= 2; n++) {
            jdbc.sql("INSERT INTO original (request_id, number, kind, outcome) VALUES (?, ?, 'Диплом', 'PENDING')")
                    .params(id, n).update();
        }
        return id;
    }

    /** Refuses original i + 1 on the comma-separated grounds given i-th. */
    private void refusal(UUID request, Instant at, String... grounds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO refusal (id, request_id, clerk, refused_at) VALUES (?, ?, 'almaty.clerk1', ?)")
                .params(id, request, at.atOffset(ZoneOffset.UTC)).update();
        for (int i = 0; i < grounds.length; i++) {
            jdbc.sql("""
                    INSERT INTO refusal_item (refusal_id, request_id, original_number, grounds)
                    VALUES (?, ?, ?, ?)""").params(id, request, i + 1, grounds[i].split(",")).update();
        }
    }

    private UUID copy(String center, UUID request, Instant certified, Instant retainUntil, Instant disposed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO certified_copy (id, request_id, original_number, applicant_kind, applicant_id, consent_id,
                    center_id, clerk_username, clerk_iin, clerk_name, certified_at, retain_until, pdf_sha256, pdf_size,
                    signature_sha256, signature_size, signature_algorithm, signer_serial, signer_issuer,
                    verification_code, status, disposed_at)
                VALUES (?, ?, 1, 'INDIVIDUAL', '', ?, ?, 'almaty.clerk1', '', '', ?, ?, ?, 1, ?, 1, '1.2', '1', 'CN=t',
                    ?, ?, ?)""")
                .params(id, request, request, center, certified.atOffset(ZoneOffset.UTC),
                        retainUntil.atOffset(ZoneOffset.UTC), "a".repeat(64), "b".repeat(64), "code-" + id,
                        disposed == null ? "ACTIVE" : "DISPOSED",
                        disposed == null ? null : disposed.atOffset(ZoneOffset.UTC))
                .update();
        copies.add(id);
        return id;
    }

    private void holdEvent(UUID copy, String kind, Instant at) {
        jdbc.sql("INSERT INTO legal_hold_event (copy_id, kind, reason, actor, at) VALUES (?, ?, 'сот', 'records', ?)")
                .params(copy, kind, at.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("UPDATE certified_copy SET legal_hold = ?, hold_reason = ? WHERE id = ?")
                .params(kind.equals("PLACED"), kind.equals("PLACED") ? "сот" : null, copy).update();
    }

    private void handover(Instant at, String action, UUID copy) {
        JdbcAuditTrail past = new JdbcAuditTrail(jdbc, Clock.fixed(at, ZoneOffset.UTC));
        tx.inTransaction(() -> {
            past.record("almaty.clerk1", c, action, "copy:" + copy, null);
            return null;
        });
    }

    @BeforeEach
    void dataSet() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        c = "rpt-c-" + suffix;
        d = "rpt-d-" + suffix;
        tx.inTransaction(() -> {
            center(c, "Сынақ ХҚКО " + suffix, "Тестовый ЦОН " + suffix);
            center(d, "Екінші ХҚКО " + suffix, "Второй ЦОН " + suffix);
            // center c: ten completed in 1..10 minutes, one completed in 40 minutes (a breach), one cancelled,
            // one still open (a breach now), one at 01:00 on 1 March Almaty time (inside), one at 00:30 on 1 April
            // (outside)
            List<UUID> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                done.add(request(c, march(10, 4 + i, 0), 60L * (i + 1), "COMPLETED"));
            }
            request(c, march(11, 4, 0), 2400L, "COMPLETED");
            request(c, march(12, 4, 0), 100L, "CANCELLED");
            request(c, march(13, 4, 0), null, "SCANNING");
            request(c, Instant.parse("2021-02-28T19:00:00Z"), 120L, "COMPLETED");
            request(c, Instant.parse("2021-03-31T18:30:00Z"), 60L, "COMPLETED");
            // center d: one completed in 10 minutes
            request(d, march(15, 5, 0), 600L, "COMPLETED");

            refusal(done.get(0), march(10, 4, 1), "PENCIL", "ADDITIONS,ILLEGIBLE_SEAL");
            refusal(done.get(1), Instant.parse("2021-04-02T04:00:00Z"), "ERASURES");

            UUID c1 = copy(c, done.get(2), march(10, 6, 1), march(10, 6, 1).plus(Duration.ofDays(183)), null);
            UUID c2 = copy(c, done.get(3), march(10, 7, 1), march(10, 7, 1).plus(Duration.ofDays(183)), null);
            copy(c, done.get(4), march(10, 8, 1), march(10, 8, 1).plus(Duration.ofDays(183)), null);
            copy(c, done.get(5), Instant.parse("2020-09-01T05:00:00Z"), Instant.parse("2021-03-01T18:00:00Z"),
                    march(20, 0, 0));
            holdEvent(c1, "PLACED", march(15, 5, 0));
            holdEvent(c1, "RELEASED", march(16, 5, 0));
            holdEvent(c2, "PLACED", march(20, 5, 0));
            return null;
        });
        handover(march(10, 9, 0), "COPY_PACKAGE_DOWNLOADED", copies.get(0));
        handover(march(11, 9, 0), "COPY_PACKAGE_DOWNLOADED", copies.get(0));
        handover(march(12, 9, 0), "COPY_HANDED_OVER", copies.get(1));
        handover(Instant.parse("2021-04-05T05:00:00Z"), "COPY_HANDED_OVER", copies.get(2));
    }

    private JsonNode rowOf(JsonNode report, String center) {
        return report.path("centers").valueStream().filter(r -> center.equals(r.path("centerId").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + center + ": " + report));
    }

    @Test
    void serviceFiguresMatchTheHandBuiltDataSet() {
        Response r = get("/api/v1/reports/service?from=2021-03-01&to=2021-03-31", "supervisor");
        assertThat(r.status()).isEqualTo(200);
        JsonNode row = rowOf(r.json(), c);
        assertThat(row.path("requests").asLong()).isEqualTo(14);
        assertThat(row.path("completed").asLong()).isEqualTo(12);
        assertThat(row.path("breaches").asLong()).isEqualTo(2);
        // 60,120,120,180,240,300,360,420,480,540,600,2400 s: median (300+360)/2; p95 at 0.95*11 = 10.45
        assertThat(row.path("medianServiceSeconds").asDouble()).isEqualTo(330.0);
        assertThat(row.path("p95ServiceSeconds").asDouble()).isCloseTo(600 + 0.45 * 1800, within());
        assertThat(row.path("refusalsByGround").path("PENCIL").asLong()).isEqualTo(1);
        assertThat(row.path("refusalsByGround").path("ILLEGIBLE_SEAL").asLong()).isEqualTo(1);
        assertThat(row.path("refusalsByGround").path("ADDITIONS").asLong()).isEqualTo(1);
        assertThat(row.path("refusalsByGround").path("ERASURES").asLong()).isZero();
        // two originals refused, one of them on two grounds: counted once each
        assertThat(row.path("refusedOriginals").asLong()).isEqualTo(2);
        assertThat(row.path("copiesCertified").asLong()).isEqualTo(3);
        assertThat(row.path("disposals").asLong()).isEqualTo(1);
        assertThat(row.path("holdsPlaced").asLong()).isEqualTo(2);
        assertThat(row.path("holdsReleased").asLong()).isEqualTo(1);
        assertThat(row.path("holdsActive").asLong()).isEqualTo(1);
        assertThat(row.path("handovers").asLong()).isEqualTo(2);
        JsonNode other = rowOf(r.json(), d);
        assertThat(other.path("requests").asLong()).isEqualTo(1);
        assertThat(other.path("medianServiceSeconds").asDouble()).isEqualTo(600.0);
        // the total is computed over all requests, not averaged: 13 durations, median the 7th, p95 at 11.4
        JsonNode total = r.json().path("total");
        assertThat(total.path("requests").asLong()).isGreaterThanOrEqualTo(15);

        Response only = get("/api/v1/reports/service?center=" + c + "&from=2021-03-01&to=2021-03-31", "ministry");
        assertThat(only.status()).isEqualTo(200);
        assertThat(only.json().path("centers")).hasSize(1);
        assertThat(only.json().path("total").path("requests").asLong()).isEqualTo(14);
        assertThat(only.json().path("total").path("p95ServiceSeconds").asDouble())
                .isCloseTo(600 + 0.45 * 1800, within());

        Response both = get("/api/v1/reports/service?from=2021-03-01&to=2021-03-31", "records");
        long mine = both.json().path("centers").valueStream()
                .filter(n -> n.path("centerId").asString().startsWith("rpt-")).count();
        if (mine == both.json().path("centers").size() && mine == 2) {
            assertThat(both.json().path("total").path("medianServiceSeconds").asDouble()).isEqualTo(360.0);
            assertThat(both.json().path("total").path("p95ServiceSeconds").asDouble())
                    .isCloseTo(600 + 0.4 * 1800, within());
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }

    @Test
    void serviceReportAsCsvParses() {
        Response r = get("/api/v1/reports/service?center=" + c + "&from=2021-03-01&to=2021-03-31&format=csv",
                "records");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(r.body());
        assertThat(rows).hasSize(3);
        List<String> header = rows.get(0);
        List<String> line = rows.get(1);
        assertThat(line).hasSameSizeAs(header);
        assertThat(line.get(header.indexOf("center"))).isEqualTo(c);
        assertThat(line.get(header.indexOf("requests"))).isEqualTo("14");
        assertThat(line.get(header.indexOf("refused_pencil"))).isEqualTo("1");
        assertThat(line.get(header.indexOf("refusals"))).isEqualTo("2");
        assertThat(line.get(header.indexOf("median_service_seconds"))).isEqualTo("330.0");
        assertThat(line.get(header.indexOf("p95_service_seconds"))).isEqualTo("1410.0");
        assertThat(rows.get(2).get(0)).isEqualTo("ALL");

        Response byAccept = get("/api/v1/reports/service?center=" + c + "&from=2021-03-01&to=2021-03-31",
                "records", "Accept", "text/csv");
        assertThat(byAccept.body()).isEqualTo(r.body());
    }

    @Test
    void serviceReportAsPdfInKazakhAndRussian() throws Exception {
        String kk = pdfText("/api/v1/reports/service?center=" + c + "&from=2021-03-01&to=2021-03-31&format=pdf",
                "kk");
        assertThat(kk).contains("Қызмет көрсету туралы есеп").contains("Сынақ ХҚКО")
                .contains("Тіркелген өтініштер").contains("5 мин 30 с").contains("01.03.2021 – 31.03.2021")
                .contains("Құжат қарындашпен");
        String ru = pdfText("/api/v1/reports/service?center=" + c + "&from=2021-03-01&to=2021-03-31", "ru",
                "application/pdf");
        assertThat(ru).contains("Отчёт об оказании услуги").contains("Тестовый ЦОН").contains("Зарегистрировано заявок")
                .contains("23 мин 30 с");
    }

    @Test
    void retentionReportListsTheComingDisposals() throws Exception {
        Instant now = clock.instant();
        UUID req = tx.inTransaction(() -> request(c, now.minusSeconds(7200), 60L, "COMPLETED"));
        UUID soon = tx.inTransaction(() -> copy(c, req, now.minus(Duration.ofDays(170)), now.plus(Duration.ofDays(5)),
                null));
        UUID req2 = tx.inTransaction(() -> request(c, now.minusSeconds(7200), 60L, "COMPLETED"));
        UUID heldSoon = tx.inTransaction(() -> copy(c, req2, now.minus(Duration.ofDays(170)),
                now.plus(Duration.ofDays(5)), null));
        tx.inTransaction(() -> {
            holdEvent(heldSoon, "PLACED", now);
            return null;
        });
        UUID req3 = tx.inTransaction(() -> request(c, now.minusSeconds(7200), 60L, "COMPLETED"));
        tx.inTransaction(() -> copy(c, req3, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(40)), null));

        Response r = get("/api/v1/reports/retention?center=" + c, "records");
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        List<String> upcoming = json.path("copies").valueStream().map(n -> n.path("copyId").asString()).toList();
        assertThat(upcoming).containsExactlyInAnyOrder(soon.toString(), heldSoon.toString()); // same day: by id
        assertThat(json.path("upcoming")).hasSize(1);
        assertThat(json.path("upcoming").get(0).path("copies").asLong()).isEqualTo(2);
        assertThat(json.path("upcoming").get(0).path("held").asLong()).isEqualTo(1);
        // March copies: c1 and c2 and the third are past their term (Sept 2021) and not disposed; one was disposed
        assertThat(json.path("overdue").asLong()).isEqualTo(3);
        assertThat(json.path("disposed").asLong()).isEqualTo(1);
        assertThat(json.path("held").asLong()).isEqualTo(2);
        assertThat(json.path("kept").asLong()).isEqualTo(6);

        List<List<String>> csv = Csv.parse(get("/api/v1/reports/retention?center=" + c + "&format=csv", "records")
                .body());
        assertThat(csv.get(0)).containsExactly("copy_id", "center", "retain_until", "held");
        assertThat(csv).hasSize(3);
        assertThat(csv.subList(1, 3)).contains(List.of(heldSoon.toString(), c, now.plus(Duration.ofDays(5)).toString(),
                "true"), List.of(soon.toString(), c, now.plus(Duration.ofDays(5)).toString(), "false"));

        String en = pdfText("/api/v1/reports/retention?center=" + c + "&format=pdf", "en");
        assertThat(en).contains("Retention and disposal of certified copies").contains("Disposals due in the next 30")
                .contains(soon.toString().substring(0, 18));
    }

    @Test
    void onlyReadersOfReportsGetThem() {
        assertThat(get("/api/v1/reports/service", "almaty.clerk1").status()).isEqualTo(403);
        assertThat(get("/api/v1/reports/retention", "almaty.clerk1").code()).isEqualTo("ACCESS_DENIED");
        assertThat(get("/api/v1/reports/service?center=nowhere", "supervisor").code()).isEqualTo("UNKNOWN_CENTER");
        assertThat(get("/api/v1/reports/service?from=2021-03-31&to=2021-03-01", "supervisor").code())
                .isEqualTo("INVALID_PERIOD");
        assertThat(get("/api/v1/reports/service?format=xml", "supervisor").code()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(get("/api/v1/reports/service?from=yesterday", "supervisor").status()).isEqualTo(400);
        assertThat(get("/api/v1/reports/service", null).status()).isEqualTo(401);
    }

    /** Fetches a PDF and returns its text as poppler's pdftotext reads it (the tool must be installed). */
    private String pdfText(String path, String language, String... accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("records:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language);
        if (accept.length > 0) {
            b.header("Accept", accept[0]);
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        Path pdf = Files.createTempFile("report", ".pdf");
        try {
            Files.write(pdf, r.body());
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(text).isZero();
            return text;
        } catch (IOException e) {
            throw new AssertionError("pdftotext (poppler-utils) is needed", e);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
