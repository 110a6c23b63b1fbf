package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The language stored per account: GET /api/v1/me shows it, PUT /api/v1/me/language sets it, audited. */
class AccountLanguageIT extends IntegrationTest {

    private static final String USER = "almaty.clerk2";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("UPDATE app_user SET language = NULL WHERE username = ?").param(USER).update();
    }

    @Test
    void aUserChoosesForgetsAndReadsTheirLanguage() {
        assertThat(get("/api/v1/me", USER).json().path("language").isNull()).isTrue();
        long audited = audited();

        Response kk = put("{\"language\": \"kk\"}");
        assertThat(kk.status()).isEqualTo(200);
        assertThat(kk.json().path("language").asString()).isEqualTo("kk");
        assertThat(kk.json().path("username").asString()).isEqualTo(USER);
        assertThat(kk.json().path("centerId").asString()).isEqualTo("almaty-1");
        assertThat(get("/api/v1/me", USER).json().path("language").asString()).isEqualTo("kk");
        assertThat(column()).isEqualTo("kk");
        assertThat(audited()).isEqualTo(audited + 1);

        assertThat(put("{\"language\": \"kk\"}").status()).isEqualTo(200); // no change, nothing recorded
        assertThat(audited()).isEqualTo(audited + 1);
        assertThat(put("{\"language\": \"en\"}").json().path("language").asString()).isEqualTo("en");
        assertThat(audited()).isEqualTo(audited + 2);

        Response forgotten = put("{\"language\": null}");
        assertThat(forgotten.status()).isEqualTo(200);
        assertThat(forgotten.json().path("language").isNull()).isTrue();
        assertThat(column()).isNull();
        assertThat(audited()).isEqualTo(audited + 3);
        // another account is untouched
        assertThat(get("/api/v1/me", "almaty.clerk1").json().path("language").isNull()).isTrue();
    }

    @Test
    void aBadValueIsALocalizedProblemNamingTheField() {
        put("{\"language\": \"ru\"}");
        for (String body : new String[] {"{\"language\": \"de\"}", "{\"language\": \"KK\"}", "{\"language\": 5}",
                "{\"language\": [\"kk\"]}", "{}", "[\"kk\"]", "\"kk\"", "{\"lang\": \"kk\"}"}) {
            Response r = put(body, "Accept-Language", "kk");
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.code()).as(body).isEqualTo("INVALID_LANGUAGE");
            assertThat(r.json().path("field").asString()).isEqualTo("language");
            assertThat(r.json().path("detail").asString())
                    .isEqualTo("Тіл kk (Қазақша), ru (Русский) немесе en (English) болуы керек.");
        }
        assertThat(put("{\"language\": \"de\"}", "Accept-Language", "en").json().path("detail").asString())
                .isEqualTo("The language must be kk (Қазақша), ru (Русский) or en (English).");
        assertThat(put("{\"language\": ", "Accept-Language", "en").code()).isEqualTo("MALFORMED_JSON");
        assertThat(put("{\"language\": \"kk\", \"language\": \"en\"}").code()).isEqualTo("MALFORMED_JSON");
        assertThat(column()).isEqualTo("ru"); // nothing bad was stored
    }

    @Test
    void theDatabaseAcceptsOnlyTheThreeLanguages() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_user SET language = 'de' WHERE username = ?").param(USER)
                .update()).hasMessageContaining("app_user_language_check");
        assertThat(column()).isNull();
    }

    @Test
    void withoutSignInTheChangeIsRefused() {
        Response r = call("PUT", "/api/v1/me/language", null, "{\"language\": \"kk\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(column()).isNull();
    }

    @Test
    void aBrowserScriptWithoutItsSessionIsToldTheSessionExpiredWithoutABasicChallenge() {
        Response r = get("/api/v1/me", null, "Sec-Fetch-Dest", "empty", "Accept-Language", "ru");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("SESSION_EXPIRED");
        assertThat(r.json().path("detail").asString()).startsWith("Сеанс истёк.");
        assertThat(r.header("WWW-Authenticate")).doesNotStartWith("Basic");
        Response old = get("/api/v1/me", null, "X-Requested-With", "XMLHttpRequest", "Cookie", "JSESSIONID=gone");
        assertThat(old.code()).isEqualTo("SESSION_EXPIRED");
        // an API client's own Basic credentials still decide
        assertThat(get("/api/v1/me", USER, "Sec-Fetch-Dest", "empty").status()).isEqualTo(200);
    }

    private Response put(String body, String... headers) {
        return call("PUT", "/api/v1/me/language", USER, body, headers);
    }

    private String column() {
        return jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(USER)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    private long audited() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'USER_LANGUAGE_SET' AND object_ref = ?")
                .param("user:" + USER).query(Long.class).single();
    }
}
