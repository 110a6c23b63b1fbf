package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.certcopy.IntegrationTest;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** OpenAPI, the local Swagger UI, form login, accounts. */
class PlatformIT extends IntegrationTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void openApiDescribesTheApiAndTheUiIsServedLocally() {
        Response docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/requests/{id}/refusal")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/audit/verify")).isTrue();
        Response ui = get("/swagger-ui/index.html", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void uiUsesFormLogin() {
        Response page = get("/", null);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        assertThat(get("/login", null).body()).contains("password");
    }

    @Test
    void accountsAreHashedAndCarryCenterAndIin() {
        assertThat(jdbc.sql("SELECT password_hash FROM app_user").query(String.class).list())
                .allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2"));
        var clerk = accounts.find("almaty.clerk1").orElseThrow().actor();
        assertThat(clerk.centerId()).isEqualTo("almaty-1");
        assertThat(clerk.iin()).isEqualTo("123456789012");
        assertThat(clerk.roles()).containsExactly(Role.CLERK);
        assertThat(accounts.anyWithRole(Role.ADMIN)).isTrue(); // created on first start
        Response me = get("/api/v1/me", "astana.clerk2");
        assertThat(me.json().path("centerId").asString()).isEqualTo("astana-1");
        assertThat(get("/api/v1/centers", "ministry").json().size()).isGreaterThanOrEqualTo(2);
    }
}
