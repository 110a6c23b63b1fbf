package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class RequestApiIT extends IntegrationTest {

    static final String IIN = "850312300121";

    @Test
    void registerReadBackAndList(CapturedOutput output) {
        Response created = post("/api/v1/requests", "almaty.clerk1", registration(IIN));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/requests/" + id);
        assertThat(created.json().path("status").asString()).isEqualTo("REGISTERED");
        assertThat(created.json().path("originals").get(1).path("number").asInt()).isEqualTo(2);
        assertThat(created.json().path("consent").path("documents").get(0).asString()).startsWith("Диплом № ЖБ-0012345");
        assertThat(created.json().path("deadline").asString()).isEqualTo(
                clock.instant().plusSeconds(1800).toString());

        Response read = get("/api/v1/requests/" + id, "almaty.clerk2");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("applicant").path("iin").asString()).isEqualTo(IIN);
        assertThat(read.json().path("applicant").path("fullName").asString()).isEqualTo("Сәрсенбаева Әйгерім Қанатқызы");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Almaty"));
        Response list = get("/api/v1/requests?center=almaty-1&date=" + today, "supervisor");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(n -> n.path("id").asString()).toList()).contains(id);
        Response otherDay = get("/api/v1/requests?center=almaty-1&date=" + today.minusDays(1), "supervisor");
        assertThat(otherDay.json().valueStream().map(n -> n.path("id").asString()).toList()).doesNotContain(id);

        // personal data never reaches the application log
        assertThat(output.getAll()).doesNotContain(IIN).doesNotContain("Сәрсенбаева");
    }

    @Test
    void refuseOneOriginalForPencilThenTheOther() {
        String id = registerFor(IIN);
        Response refused = post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1", """
                {"items": [{"original": 1, "ground": "PENCIL", "details": "Бағалар қарындашпен жазылған"}]}""");
        assertThat(refused.status()).isEqualTo(201);
        assertThat(refused.json().path("items").get(0).path("ruleItem").asString()).isEqualTo("9.3");
        assertThat(refused.json().path("items").get(0).path("groundText").asString())
                .isEqualTo("Документ исполнен карандашом (п. 9.3)");
        assertThat(refused.json().path("requestStatus").asString()).isEqualTo("SCANNING");
        // the single ground of the first version is read as a list of one
        assertThat(refused.json().path("items").get(0).path("grounds").size()).isEqualTo(1);
        assertThat(refused.json().path("items").get(0).path("grounds").get(0).path("ground").asString())
                .isEqualTo("PENCIL");

        Response read = get("/api/v1/requests/" + id, "almaty.clerk1", "Accept-Language", "kk");
        assertThat(read.json().path("originals").get(0).path("outcome").asString()).isEqualTo("REFUSED");
        assertThat(read.json().path("originals").get(0).path("refusal").path("groundText").asString())
                .isEqualTo("Құжат қарындашпен толтырылған (9.3-тармақ)");
        assertThat(read.json().path("originals").get(1).path("outcome").asString()).isEqualTo("PENDING");

        Response again = post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 1, \"ground\": \"ERASURES\"}]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ORIGINAL_ALREADY_RESOLVED");

        Response last = post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 2, \"ground\": \"ILLEGIBLE_SEAL\", \"details\": \"Мөр оқылмайды\"}]}");
        assertThat(last.json().path("requestStatus").asString()).isEqualTo("COMPLETED");
        Response cancel = post("/api/v1/requests/" + id + "/cancel", "almaty.clerk1", null);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.code()).isEqualTo("INVALID_STATE");
    }

    @Test
    void oneOriginalOnSeveralGroundsEachWithItsRuleItemAndText() {
        String id = registerFor(IIN);
        Response refused = post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1", """
                {"items": [{"original": 2, "grounds": ["PENCIL", "RESOURCE_ABSENT", "PENCIL"],
                            "details": "Күні қарындашпен жазылған"}]}""", "Accept-Language", "en");
        assertThat(refused.status()).as(refused.body()).isEqualTo(201);
        JsonNode item = refused.json().path("items").get(0);
        assertThat(item.path("grounds").valueStream().map(g -> g.path("ground").asString() + " "
                + g.path("ruleItem").asString()).toList()).containsExactly("RESOURCE_ABSENT 9.2", "PENCIL 9.3");
        assertThat(item.path("grounds").get(1).path("text").asString())
                .isEqualTo("The document is written in pencil (item 9.3)");
        // the first ground, for clients of the single-ground version
        assertThat(item.path("ground").asString()).isEqualTo("RESOURCE_ABSENT");
        assertThat(item.path("ruleItem").asString()).isEqualTo("9.2");

        Response read = get("/api/v1/requests/" + id, "almaty.clerk1", "Accept-Language", "kk");
        JsonNode grounds = read.json().path("originals").get(1).path("refusal").path("grounds");
        assertThat(grounds.valueStream().map(g -> g.path("text").asString()).toList()).containsExactly(
                "Сұратылған электрондық ақпараттық ресурс жоқ және оның кімнің иелігінде екені белгісіз (9.2-тармақ)",
                "Құжат қарындашпен толтырылған (9.3-тармақ)");
    }

    @Test
    void addOriginalScanCancelAndBreach() {
        String id = registerFor(IIN);
        Response added = post("/api/v1/requests/" + id + "/originals", "almaty.clerk2",
                "{\"kind\": \"Паспорт\", \"number\": \"N1234567\"}", "If-Match", "\"0\"");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("originals").size()).isEqualTo(3);
        assertThat(added.json().path("version").asLong()).isEqualTo(1);
        Response scanning = post("/api/v1/requests/" + id + "/scanning", "almaty.clerk2", null);
        assertThat(scanning.json().path("status").asString()).isEqualTo("SCANNING");

        clock.advanceSeconds(31 * 60);
        Response cancelled = post("/api/v1/requests/" + id + "/cancel", "almaty.clerk1", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("breached").asBoolean()).isTrue();
        assertThat(cancelled.json().path("overrunSeconds").asLong()).isEqualTo(60);
    }

    @Test
    void staleVersionLosesWith409() {
        String id = registerFor(IIN);
        Response first = post("/api/v1/requests/" + id + "/originals", "almaty.clerk1", "{\"kind\": \"Аттестат\"}",
                "If-Match", "\"0\"");
        Response second = post("/api/v1/requests/" + id + "/originals", "almaty.clerk2", "{\"kind\": \"Куәлік\"}",
                "If-Match", "\"0\"");
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("CONCURRENT_UPDATE");
        assertThat(second.json().path("detail").asString()).contains("в другой вкладке или другим пользователем");
    }

    @Test
    void concurrentEditsLoseNothing() throws Exception {
        String id = registerFor(IIN);
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String user = i % 2 == 0 ? "almaty.clerk1" : "almaty.clerk2";
            String body = "{\"kind\": \"Құжат " + i + "\"}";
            Callable<Response> task = () -> {
                start.await();
                return post("/api/v1/requests/" + id + "/originals", user, body);
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        int ok = 0;
        for (Future<Response> f : results) {
            Response r = f.get();
            assertThat(r.status()).isIn(201, 409);
            if (r.status() == 201) {
                ok++;
            } else {
                assertThat(r.code()).isEqualTo("CONCURRENT_UPDATE");
            }
        }
        pool.shutdown();
        Response read = get("/api/v1/requests/" + id, "almaty.clerk1");
        // every acknowledged addition is there, numbered without gaps; nothing acknowledged was lost
        assertThat(read.json().path("originals").size()).isEqualTo(2 + ok);
        assertThat(read.json().path("version").asLong()).isEqualTo(ok);
        assertThat(ok).isPositive();
    }

    @Test
    void clerksWorkOnlyForTheirOwnCenter() {
        String id = registerFor(IIN);
        Response foreign = post("/api/v1/requests/" + id + "/cancel", "astana.clerk1", null);
        assertThat(foreign.status()).isEqualTo(404);
        Response register = post("/api/v1/requests", "astana.clerk1", registration(IIN));
        assertThat(register.status()).isEqualTo(403);
        assertThat(register.code()).isEqualTo("WRONG_CENTER");
        Response ministry = post("/api/v1/requests/" + id + "/cancel", "ministry", null);
        assertThat(ministry.status()).isEqualTo(403);
        assertThat(get("/api/v1/requests/" + id, "ministry").status()).isEqualTo(200);
    }

    @Test
    void representativeIsRecorded() {
        String body = registration(IIN).replace("\"electronicMedia\": true", """
                "electronicMedia": false,
                "representative": {"fullName": "Нұрланов Бауыржан", "iin": "900715300451",
                                   "authorityDocument": "Сенімхат № 12-345", "authorityDate": "2026-11-30"}""");
        Response r = post("/api/v1/requests", "almaty.clerk1", body);
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().path("id").asString();
        Response read = get("/api/v1/requests/" + id, "almaty.clerk1");
        assertThat(read.json().path("representative").path("authorityDocument").asString()).isEqualTo("Сенімхат № 12-345");
        assertThat(read.json().path("consent").path("electronicMedia").asBoolean()).isFalse();
    }

    @Test
    void legalEntityApplicantByBin() {
        String body = registration(IIN).replace("\"iin\": \"" + IIN + "\"", "\"bin\": \"070840007503\"");
        Response r = post("/api/v1/requests", "almaty.clerk1", body);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("applicant").path("kind").asString()).isEqualTo("LEGAL_ENTITY");
        assertThat(r.json().path("applicant").path("bin").asString()).isEqualTo("070840007503");
    }
}
