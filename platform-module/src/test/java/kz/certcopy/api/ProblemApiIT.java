package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Bad input of every kind: a 4xx problem+json with a stable code and a localized message, never a 500. */
class ProblemApiIT extends IntegrationTest {

    private void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("detail").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at kz.");
    }

    @Test
    void invalidIinInThreeLanguages() {
        String body = registration("850312300122");
        Response ru = post("/api/v1/requests", "almaty.clerk1", body);
        assertProblem(ru, 400, "INVALID_IIN");
        assertThat(ru.json().path("detail").asString()).startsWith("Неверный ИИН");
        Response kk = post("/api/v1/requests", "almaty.clerk1", body, "Accept-Language", "kk-KZ");
        assertThat(kk.json().path("detail").asString()).startsWith("ЖСН қате");
        Response en = post("/api/v1/requests", "almaty.clerk1", body, "Accept-Language", "en-US,en;q=0.8");
        assertThat(en.json().path("detail").asString()).startsWith("Invalid IIN");
        Response de = post("/api/v1/requests", "almaty.clerk1", body, "Accept-Language", "de");
        assertThat(de.json().path("detail").asString()).startsWith("Неверный ИИН");
        assertThat(ru.json().path("type").asString()).isEqualTo("urn:certcopy:problem:INVALID_IIN");
    }

    @Test
    void invalidBinAndMissingIdentifiers() {
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                registration("x").replace("\"iin\": \"x\"", "\"bin\": \"070840007504\"")), 400, "INVALID_BIN");
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                registration("x").replace("\"iin\": \"x\",", "")), 400, "APPLICANT_ID_REQUIRED");
        assertProblem(post("/api/v1/requests", "almaty.clerk1", "{}"), 400, "APPLICANT_REQUIRED");
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replaceAll("\"originals\": \\[[^]]*]", "\"originals\": []")),
                400, "NO_DOCUMENTS");
    }

    @Test
    void unknownCenter() {
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("almaty-1", "nowhere-9")), 422, "UNKNOWN_CENTER");
    }

    @Test
    void onlyAClerkRegistersRequests() {
        // a records officer or supervisor has no center to register at: told they lack the right, not "no such center"
        for (String user : new String[] {"records", "supervisor", "ministry"}) {
            assertProblem(post("/api/v1/requests", user, registration("850312300121")), 403, "ACCESS_DENIED");
        }
    }

    @Test
    void malformedWrongTypedAndOversizedJson() {
        assertProblem(post("/api/v1/requests", "almaty.clerk1", "{\"applicant\": "), 400, "MALFORMED_JSON");
        assertProblem(post("/api/v1/requests", "almaty.clerk1", "{\"applicant\": {,}}"), 400, "MALFORMED_JSON");
        assertProblem(post("/api/v1/requests", "almaty.clerk1", "[1,2]"), 400, "INVALID_VALUE");
        assertProblem(post("/api/v1/requests", "almaty.clerk1", "{\"originals\": \"many\"}"), 400, "INVALID_VALUE");
        assertProblem(post("/api/v1/requests", "almaty.clerk1",
                "{\"consentDate\": \"2026-13-45\", \"applicant\": {}}"), 400, "INVALID_VALUE");
        String id = registerFor("850312300121");
        assertProblem(post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 1, \"ground\": \"BAD_WEATHER\"}]}"), 400, "INVALID_VALUE");
        assertProblem(post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 1}]}"), 400, "REFUSAL_GROUND_REQUIRED");
        assertProblem(post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 9, \"ground\": \"PENCIL\"}]}"), 400, "ORIGINAL_NOT_FOUND");
        String huge = "{\"applicant\": {\"fullName\": \"" + "Ә".repeat(70_000) + "\"}}";
        assertProblem(post("/api/v1/requests", "almaty.clerk1", huge), 413, "PAYLOAD_TOO_LARGE");
        String longName = registration("850312300121").replace("Сәрсенбаева Әйгерім Қанатқызы", "Ә".repeat(400));
        Response tooLong = post("/api/v1/requests", "almaty.clerk1", longName);
        assertProblem(tooLong, 400, "TEXT_TOO_LONG");
        assertThat(tooLong.json().path("field").asString()).isEqualTo("applicant.fullName");
        String control = registration("850312300121").replace("Сәрсенбаева", "Сәрсен\\u0007баева");
        Response controlChar = post("/api/v1/requests", "almaty.clerk1", control);
        assertProblem(controlChar, 400, "INVALID_TEXT");
        assertThat(controlChar.json().path("field").asString()).isEqualTo("applicant.fullName");
    }

    @Test
    void aMisspeltOrUnknownFieldIsRefusedByItsPathNotDropped() {
        // each of these was once registered (201) with the value silently lost
        String[][] cases = {
            {"\"address\": \"Алматы", "\"adress\": \"Алматы", "applicant.adress"},
            {"\"issuer\": \"ҚазҰУ\"", "\"issuedBy\": \"ҚазҰУ\"", "originals[0].issuedBy"},
            {"\"issuer\": \"АХАЖ\"", "\"issuer\": \"АХАЖ\", \"note\": 1", "originals[1].note"},
            {"\"electronicMedia\": true", "\"electronicmedia\": true", "electronicmedia"}};
        for (String[] c : cases) {
            String body = registration("850312300121").replace(c[0], c[1]);
            assertThat(body).contains(c[1]);
            Response r = post("/api/v1/requests", "almaty.clerk1", body, "Accept-Language", "en");
            assertProblem(r, 400, "UNKNOWN_FIELD");
            assertThat(r.json().path("field").asString()).isEqualTo(c[2]);
            assertThat(r.json().path("detail").asString()).contains(c[2]).contains("spelling");
        }
        Response kk = post("/api/v1/requests", "almaty.clerk1",
                registration("850312300121").replace("\"electronicMedia\"", "\"electronicmedia\""),
                "Accept-Language", "kk");
        assertThat(kk.json().path("detail").asString()).isEqualTo(
                "JSON-дағы electronicmedia өрісі бұл жерде белгісіз; жазылуын тексеріңіз (бас және кіші әріптер "
                        + "ажыратылады).");
        String id = registerFor("850312300121");
        Response refusal = post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 1, \"grounds\": [\"PENCIL\"], \"detail\": \"қарындаш\"}]}");
        assertProblem(refusal, 400, "UNKNOWN_FIELD");
        assertThat(refusal.json().path("field").asString()).isEqualTo("items[0].detail");
        Response language = call("PUT", "/api/v1/me/language", "almaty.clerk1",
                "{\"language\": \"kk\", \"lang\": \"kk\"}");
        assertProblem(language, 400, "UNKNOWN_FIELD");
        assertThat(language.json().path("field").asString()).isEqualTo("lang");
        // the same body spelt right is accepted, so the refusals above are about the names alone
        assertThat(post("/api/v1/requests", "almaty.clerk1", registration("850312300121")).status()).isEqualTo(201);
    }

    @Test
    void notFoundWrongMethodWrongMediaAndBadParameters() {
        assertProblem(get("/api/v1/requests/not-a-uuid", "almaty.clerk1"), 404, "NOT_FOUND");
        assertProblem(get("/api/v1/requests/00000000-0000-0000-0000-000000000000", "almaty.clerk1"), 404, "NOT_FOUND");
        assertProblem(get("/api/v1/nothing-here", "almaty.clerk1"), 404, "NOT_FOUND");
        assertProblem(call("DELETE", "/api/v1/requests", "almaty.clerk1", null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(call("POST", "/api/v1/requests", "almaty.clerk1", null, "Content-Type", "text/plain"),
                415, "UNSUPPORTED_MEDIA_TYPE");
        // the problem names what the endpoint takes: a JSON body sent to the consent-scan upload is told multipart
        String scanPath = "/api/v1/requests/" + registerFor("850312300121") + "/consent-scan";
        Response json = post(scanPath, "almaty.clerk1", "{}", "Accept-Language", "en");
        assertProblem(json, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(json.json().path("detail").asString()).contains("multipart/form-data")
                .doesNotContain("application/json");
        assertThat(post(scanPath, "almaty.clerk1", "{}", "Accept-Language", "kk").json().path("detail").asString())
                .isEqualTo("Мазмұн түріне қолдау жоқ; multipart/form-data күтіледі.");
        // a multipart upload without its "file" part is told to attach a file, not "invalid request"
        String noFile = "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.png\"\r\n\r\n"
                + "x\r\n--b--\r\n";
        Response missingPart = post(scanPath, "almaty.clerk1", noFile,
                "Content-Type", "multipart/form-data; boundary=b", "Accept-Language", "kk");
        assertProblem(missingPart, 400, "FILE_REQUIRED");
        assertThat(missingPart.json().path("detail").asString()).isEqualTo("Файлды тіркеңіз.");
        assertProblem(get("/api/v1/requests?date=yesterday", "almaty.clerk1"), 400, "INVALID_PARAMETER");
        assertProblem(post("/api/v1/requests/" + registerFor("850312300121") + "/cancel", "almaty.clerk1", null,
                "If-Match", "abc"), 400, "INVALID_IF_MATCH");
    }

    @Test
    void authenticationAndRolesAnswerAsProblems() {
        Response anonymous = get("/api/v1/requests", null);
        assertProblem(anonymous, 401, "UNAUTHENTICATED");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        Response wrong = call("GET", "/api/v1/requests", null, null, "Authorization", "Basic Zm9vOmJhcg==",
                "Accept-Language", "en");
        assertProblem(wrong, 401, "UNAUTHENTICATED");
        assertThat(wrong.json().path("detail").asString()).isEqualTo("Sign-in required.");
        assertProblem(get("/api/v1/audit/verify", "almaty.clerk1"), 403, "ACCESS_DENIED");
    }
}
