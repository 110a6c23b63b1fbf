package kz.certcopy.hardening;

import static kz.certcopy.hardening.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.certcopy.IntegrationTest;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a hostile or careless client sent to the API, each answered with a precise 4xx problem instead of a 500. */
class HostileRequestsIT extends IntegrationTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void controlCharactersInTextFieldsAreRefusedNamingTheField() {
        String nul = registration("850312300121").replace("Әйгерім", "Әйге\\u0000рім");
        Response en = post("/api/v1/requests", "almaty.clerk1", nul, "Accept-Language", "en");
        assertProblem(en, 400, "INVALID_TEXT");
        assertThat(en.json().path("detail").asString()).contains("applicant.fullName");
        Response kk = post("/api/v1/requests", "almaty.clerk1", nul, "Accept-Language", "kk");
        assertThat(kk.json().path("detail").asString()).contains("applicant.fullName").contains("өріс");
        Response ru = post("/api/v1/requests", "almaty.clerk1", nul);
        assertThat(ru.json().path("detail").asString()).startsWith("Поле applicant.fullName");

        Response bell = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("ЖБ-0012345", "ЖБ\\u0007"), "Accept-Language", "en");
        assertProblem(bell, 400, "INVALID_TEXT");
        assertThat(bell.json().path("detail").asString()).contains("number");
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("almaty-1", "almaty\\u0000")), 400, "INVALID_TEXT");
        assertProblem(get("/api/v1/requests?center=a%00b", "supervisor"), 400, "INVALID_TEXT");

        String id = registerFor("850312300121");
        String nulDetails = "{\"items\": [{\"original\": 1, \"ground\": \"PENCIL\", \"details\": \"a\\u0000b\"}]}";
        assertProblem(refuse(id, nulDetails), 400, "INVALID_TEXT");
        Response lines = refuse(id, "{\"items\": [{\"original\": 1, \"ground\": \"PENCIL\", "
                + "\"details\": \"Бағалар\\n\\tқарындашпен\"}]}");
        assertThat(lines.status()).as(lines.body()).isEqualTo(201);

        accounts.save("hostile.admin", PASSWORD, "Әкімші", null, null, Set.of(Role.ADMIN));
        assertProblem(call("PUT", "/api/v1/admin/centers/nul-1", "hostile.admin",
                "{\"nameKk\": \"ХҚКО\\u0000\", \"nameRu\": \"ЦОН\"}"), 400, "INVALID_TEXT");
        assertProblem(call("PUT", "/api/v1/admin/users/nul.user", "hostile.admin",
                "{\"fullName\": \"X\\u001b\", \"password\": \"long-enough-password\", \"roles\": [\"MINISTRY\"]}"),
                400, "INVALID_TEXT");
    }

    @Test
    void textDirectionOverridesAreRefusedNamingTheFieldButDirectionMarksAreNot() {
        // U+202E in a name was registered (201): the name then displays reversed wherever it is shown or printed
        Response rlo = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("Қанатқызы", "\\u202Eызқтанақ"), "Accept-Language", "en");
        assertProblem(rlo, 400, "INVALID_TEXT");
        assertThat(rlo.json().path("field").asString()).isEqualTo("applicant.fullName");
        assertThat(rlo.json().path("detail").asString()).contains("text-direction");
        assertThat(post("/api/v1/requests", "almaty.clerk1", registration("850312300121")
                .replace("ЖБ-0012345", "ЖБ-\\u2067001\\u2069"), "Accept-Language", "kk").json().path("field")
                .asString()).isEqualTo("originals[0].number");
        String id = registerFor("850312300121");
        Response details = refuse(id, "{\"items\": [{\"original\": 1, \"grounds\": [\"PENCIL\"], "
                + "\"details\": \"Бағалар \\u202Dқарындашпен\"}]}");
        assertProblem(details, 400, "INVALID_TEXT");
        assertThat(details.json().path("field").asString()).isEqualTo("items[0].details");
        // a left-to-right mark reorders nothing: kept as typed
        Response lrm = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("ЖБ-0012345", "ЖБ-0012345\\u200E"));
        assertThat(lrm.status()).as(lrm.body()).isEqualTo(201);
        assertThat(lrm.json().path("originals").get(0).path("documentNumber").asString())
                .isEqualTo("ЖБ-0012345\u200E");
    }

    @Test
    void datesOutOfRangeAreRefused() {
        assertProblem(get("/api/v1/requests?date=-999999999-01-01", "almaty.clerk1"), 400, "IMPLAUSIBLE_DATE");
        assertProblem(get("/api/v1/requests?date=0001-01-01", "almaty.clerk1"), 400, "IMPLAUSIBLE_DATE");
        assertThat(get("/api/v1/requests?date=2026-01-15", "almaty.clerk1").status()).isEqualTo(200);
    }

    @Test
    void implausibleDatesOfConsentOriginalAndAuthority() {
        String tomorrow = clock.instant().atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate().plusDays(1)
                .toString();
        Response consent = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"electronicMedia\": true",
                        "\"electronicMedia\": true, \"consentDate\": \"" + tomorrow + "\""), "Accept-Language", "en");
        assertProblem(consent, 400, "IMPLAUSIBLE_DATE");
        assertThat(consent.json().path("detail").asString()).contains("consentDate");
        Response issued = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("2007-06-20", tomorrow), "Accept-Language", "en");
        assertProblem(issued, 400, "IMPLAUSIBLE_DATE");
        assertThat(issued.json().path("detail").asString()).contains("originals[0].date");
        Response authority = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"electronicMedia\": true", """
                        "electronicMedia": true, "representative": {"fullName": "Өкіл", "iin": "760501300893",
                        "authorityDocument": "Сенімхат № 1", "authorityDate": "%s"}""".formatted(tomorrow)),
                "Accept-Language", "en");
        assertProblem(authority, 400, "IMPLAUSIBLE_DATE");
        assertThat(authority.json().path("detail").asString()).contains("representative.authorityDate");
        String id = registerFor("850312300121");
        assertProblem(post("/api/v1/requests/" + id + "/originals", "almaty.clerk1",
                "{\"kind\": \"Аттестат\", \"date\": \"" + tomorrow + "\"}"), 400, "IMPLAUSIBLE_DATE");
        assertProblem(post("/api/v1/requests/" + id + "/originals", "almaty.clerk1",
                "{\"kind\": \"Аттестат\", \"date\": \"1799-12-31\"}"), 400, "IMPLAUSIBLE_DATE");
    }

    @Test
    void iinsBornInTheFutureAreRefusedButNineteenthCenturyOnesAreNot() {
        // 2099-12-31 and 2030-01-01 (century digits 5 and 6: born 2000-2099) with valid check digits
        assertProblem(post("/api/v1/requests", "almaty.clerk1", registration("991231600012")), 400, "INVALID_IIN");
        assertProblem(post("/api/v1/requests", "almaty.clerk1", registration("300101500014")), 400, "INVALID_IIN");
        // 1899-01-01, century digit 1 (1800-1899) is a legitimate IIN
        Response old = post("/api/v1/requests", "almaty.clerk1", registration(validIin("99010110000")));
        assertThat(old.status()).as(old.body()).isEqualTo(201);
    }

    @Test
    void errorsNameTheirFieldByItsFullPath() {
        String representative = """
                "electronicMedia": true, "representative": {"fullName": "Өкіл", "iin": "%s",
                "authorityDocument": "Сенімхат № 1"}""";
        // a bad IIN of the applicant and of the representative were the same problem; now each names its field
        assertField(post("/api/v1/requests", "almaty.clerk1", registration("850312300122")),
                "INVALID_IIN", "applicant.iin");
        assertField(post("/api/v1/requests", "almaty.clerk1", registration("850312300121")
                .replace("\"electronicMedia\": true", representative.formatted("760501300894"))),
                "INVALID_IIN", "representative.iin");
        assertField(post("/api/v1/requests", "almaty.clerk1", registration("850312300121")
                .replace("\"electronicMedia\": true", representative.formatted("991231600012"))),
                "INVALID_IIN", "representative.iin"); // born 2099: a real check digit, an impossible person
        assertField(post("/api/v1/requests", "almaty.clerk1", registration("991231600012")),
                "INVALID_IIN", "applicant.iin");
        assertField(post("/api/v1/requests", "almaty.clerk1", registration("x")
                .replace("\"iin\": \"x\"", "\"bin\": \"070840007504\"")), "INVALID_BIN", "applicant.bin");
        // every field of an original sent in a registration is named as the original's dates are
        assertField(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("Диплом", "Д".repeat(201))), "TEXT_TOO_LONG", "originals[0].kind");
        assertField(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("I-АЛ 998877", "I\\u0007")), "INVALID_TEXT",
                "originals[1].number");
        assertField(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("АХАЖ", "А".repeat(301))), "TEXT_TOO_LONG",
                "originals[1].issuer");
        assertField(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"Неке туралы куәлік\"", "\" \"")), "ORIGINAL_KIND_REQUIRED",
                "originals[1].kind");
        assertField(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("2010-09-01", "1700-01-01")), "IMPLAUSIBLE_DATE",
                "originals[1].date");
        // an original added on its own is the whole body: its fields are named as the body has them
        String id = registerFor("850312300121");
        assertField(post("/api/v1/requests/" + id + "/originals", "almaty.clerk1",
                "{\"kind\": \"" + "Д".repeat(201) + "\"}"), "TEXT_TOO_LONG", "kind");
        assertField(post("/api/v1/requests/" + id + "/originals", "almaty.clerk1",
                "{\"kind\": \"Аттестат\", \"date\": \"1700-01-01\"}"), "IMPLAUSIBLE_DATE", "date");
    }

    private static void assertField(Response r, String code, String field) {
        assertProblem(r, 400, code);
        assertThat(r.json().path("field").asString()).as(r.body()).isEqualTo(field);
    }

    @Test
    void jsonIsReadStrictly() {
        String id = registerFor("850312300121");
        Response floatOriginal = refuse(id,
                "{\"items\": [{\"original\": 1.5, \"ground\": \"PENCIL\", \"details\": \"x\"}]}");
        assertProblem(floatOriginal, 400, "INVALID_VALUE");
        assertThat(floatOriginal.json().path("field").asString()).isEqualTo("items[0].original");
        assertProblem(refuse(id, "{\"items\": [{\"original\": \"1\", \"ground\": \"PENCIL\", \"details\": \"x\"}]}"),
                400, "INVALID_VALUE");
        Response numericIin = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"850312300121\"", "850312300121"));
        assertProblem(numericIin, 400, "INVALID_VALUE");
        assertThat(numericIin.json().path("field").asString()).isEqualTo("applicant.iin");
        Response numericNumber = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"ЖБ-0012345\"", "123"));
        assertProblem(numericNumber, 400, "INVALID_VALUE");
        assertThat(numericNumber.json().path("field").asString()).isEqualTo("originals[0].number");
        // a number is not a ground: Jackson would otherwise read 1 as the enum's second constant (RESOURCE_ABSENT)
        Response numericGround = refuse(id, "{\"items\": [{\"original\": 1, \"grounds\": [1], \"details\": \"x\"}]}");
        assertProblem(numericGround, 400, "INVALID_VALUE");
        assertThat(numericGround.json().path("field").asString()).isEqualTo("items[0].grounds[0]");
        assertProblem(refuse(id, "{\"items\": [{\"original\": 1, \"ground\": 0, \"details\": \"x\"}]}"),
                400, "INVALID_VALUE");
        // an integer beyond int is a value of the wrong size, not broken JSON
        Response hugeOriginal = refuse(id,
                "{\"items\": [{\"original\": 99999999999, \"grounds\": [\"PENCIL\"], \"details\": \"x\"}]}");
        assertProblem(hugeOriginal, 400, "INVALID_VALUE");
        assertThat(hugeOriginal.json().path("field").asString()).isEqualTo("items[0].original");
        assertThat(get("/api/v1/requests/" + id, "almaty.clerk1").json().path("refusals").size()).isZero();
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"electronicMedia\": true",
                        "\"electronicMedia\": true, \"electronicMedia\": false")), 400, "MALFORMED_JSON");
    }

    @Test
    void theLastAdministratorKeepsTheAdminRole() {
        accounts.save("only.admin", PASSWORD, "Жалғыз әкімші", null, null, Set.of(Role.ADMIN));
        List<String> others = jdbc.sql("SELECT username FROM app_user_role WHERE role = 'ADMIN' AND username <> ?")
                .param("only.admin").query(String.class).list();
        jdbc.sql("DELETE FROM app_user_role WHERE role = 'ADMIN' AND username <> ?").param("only.admin").update();
        try {
            String demote = "{\"fullName\": \"Жалғыз әкімші\", \"password\": \"%s\", \"roles\": [\"%s\"]}";
            assertProblem(call("PUT", "/api/v1/admin/users/only.admin", "only.admin",
                    demote.formatted(PASSWORD, "SUPERVISOR")), 409, "LAST_ADMIN");
            assertThat(accounts.roles("only.admin")).contains(Role.ADMIN);
            accounts.save("second.admin", PASSWORD, "Екінші әкімші", null, null, Set.of(Role.ADMIN));
            Response ok = call("PUT", "/api/v1/admin/users/only.admin", "second.admin",
                    demote.formatted(PASSWORD, "SUPERVISOR"));
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            assertProblem(call("PUT", "/api/v1/admin/users/second.admin", "second.admin",
                    demote.formatted(PASSWORD, "SUPERVISOR\", \"MINISTRY")), 409, "LAST_ADMIN");
        } finally {
            others.forEach(u -> jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, 'ADMIN') "
                    + "ON CONFLICT DO NOTHING").param(u).update());
        }
    }

    @Test
    void aRefusalUnderNinePointThreeNeedsDetails() {
        String id = registerFor("850312300121");
        Response bare = refuse(id, "{\"items\": [{\"original\": 1, \"ground\": \"PENCIL\"}]}", "Accept-Language", "kk");
        assertProblem(bare, 400, "REFUSAL_DETAILS_REQUIRED");
        assertThat(bare.json().path("title").asString()).isEqualTo("Сұрау дұрыс емес");
        assertProblem(refuse(id, "{\"items\": [{\"original\": 1, \"ground\": \"ERASURES\", \"details\": \"  \"}]}"),
                400, "REFUSAL_DETAILS_REQUIRED");
        // 9.1: the fact itself is the reason
        Response notSubmitted = refuse(id, "{\"items\": [{\"original\": 2, \"ground\": \"NOT_SUBMITTED\"}]}");
        assertThat(notSubmitted.status()).as(notSubmitted.body()).isEqualTo(201);
    }

    @Test
    void groundsMissingGivenTwiceOrContradictoryAreClearProblems() {
        String id = registerFor("850312300121");
        String path = "/api/v1/requests/" + id + "/refusal";
        Response both = post(path, "almaty.clerk1", """
                {"items": [{"original": 1, "ground": "PENCIL", "grounds": ["PENCIL"], "details": "x"}]}""",
                "Accept-Language", "ru");
        assertProblem(both, 400, "REFUSAL_GROUND_AMBIGUOUS");
        assertThat(both.json().path("detail").asString()).startsWith("Оригинал 1: укажите либо grounds");
        Response none = post(path, "almaty.clerk1", "{\"items\": [{\"original\": 2, \"grounds\": []}]}",
                "Accept-Language", "kk");
        assertProblem(none, 400, "REFUSAL_GROUND_REQUIRED");
        assertThat(none.json().path("detail").asString()).startsWith("2-түпнұсқа:");
        assertProblem(post(path, "almaty.clerk1", "{\"items\": [{\"original\": 2, \"grounds\": [null]}]}"),
                400, "REFUSAL_GROUND_REQUIRED");
        assertProblem(post(path, "almaty.clerk1", "{\"items\": [{\"original\": 2, \"grounds\": \"PENCIL\"}]}"),
                400, "INVALID_VALUE");
        assertProblem(post(path, "almaty.clerk1",
                "{\"items\": [{\"original\": 2, \"grounds\": [\"PENCIL\", \"BAD_WEATHER\"]}]}"),
                400, "INVALID_VALUE");
        Response contradiction = post(path, "almaty.clerk1", """
                {"items": [{"original": 1, "grounds": ["NOT_SUBMITTED", "ERASURES"], "details": "x"}]}""",
                "Accept-Language", "en");
        assertProblem(contradiction, 400, "REFUSAL_GROUNDS_CONTRADICT");
        assertThat(contradiction.json().path("detail").asString()).contains("item 9.1").contains("item 9.3");
        // nothing was refused by the failed calls
        assertThat(get("/api/v1/requests/" + id, "almaty.clerk1").json().path("refusals").size()).isZero();
    }

    /**
     * The API reads JSON only. A YAML converter came with a library (springdoc's jackson-dataformat-yaml) and read
     * YAML bodies past every JSON rule: beyond {@code certcopy.max-json-bytes}, a key given twice (last one won),
     * a number as a ground.
     */
    @Test
    void bodiesInOtherFormatsThanJsonAreRefused() {
        String id = registerFor("850312300121");
        String yaml = "items:\n  - original: 1\n    original: 2\n    grounds: [NOT_SUBMITTED]\n";
        for (String type : new String[] {"application/yaml", "application/x-yaml", "text/yaml", "application/xml"}) {
            Response r = refuse(id, yaml, "Content-Type", type, "Accept-Language", "en");
            assertProblem(r, 415, "UNSUPPORTED_MEDIA_TYPE");
            assertThat(r.json().path("detail").asString()).as(type).contains("application/json")
                    .doesNotContain("yaml");
        }
        Response lang = call("PUT", "/api/v1/me/language", "almaty.clerk1", "language: kk", "Content-Type",
                "application/yaml");
        assertProblem(lang, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(get("/api/v1/requests/" + id, "almaty.clerk1").json().path("refusals").size()).isZero();
    }

    @Test
    void anUnreadableAcceptLanguageFallsBackToRussian() {
        String body = registration("850312300122");
        for (String header : new String[] {"xx;q=garbage", "\u00ff\u00fe", "de", "*", "en;q=0, fr"}) {
            Response r = post("/api/v1/requests", "almaty.clerk1", body, "Accept-Language", header);
            assertProblem(r, 400, "INVALID_IIN");
            assertThat(r.json().path("detail").asString()).as(header).startsWith("Неверный ИИН");
        }
        Response kk = post("/api/v1/requests", "almaty.clerk1", body, "Accept-Language", "de;q=0.9, kk;q=0.5");
        assertThat(kk.json().path("detail").asString()).startsWith("ЖСН қате");
    }

    private Response refuse(String id, String items, String... headers) {
        return post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1", items, headers);
    }

    /** Completes eleven digits with the check digit (first pass, second pass). */
    static String validIin(String eleven) {
        int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int r = 0;
        for (int i = 0; i < 11; i++) {
            r += (eleven.charAt(i) - '0') * w1[i];
        }
        r %= 11;
        if (r == 10) {
            r = 0;
            for (int i = 0; i < 11; i++) {
                r += (eleven.charAt(i) - '0') * w2[i];
            }
            r %= 11;
        }
        if (r == 10) {
            throw new IllegalArgumentException("no check digit for " + eleven);
        }
        return eleven + r;
    }
}
