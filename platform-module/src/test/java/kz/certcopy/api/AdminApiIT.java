package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.certcopy.IntegrationTest;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator sets up a center and a clerk, who can then register requests there. */
class AdminApiIT extends IntegrationTest {

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void admin() {
        accounts.save("test.admin", PASSWORD, "Әкімші", null, null, Set.of(Role.ADMIN));
    }

    @Test
    void adminCreatesACenterAndAClerkWhoCanWorkThere() {
        Response center = call("PUT", "/api/v1/admin/centers/shymkent-1", "test.admin", """
                {"nameKk": "Шымкент қаласы Әл-Фараби ауданы бойынша ХҚКО",
                 "nameRu": "ЦОН района Аль-Фараби города Шымкента", "region": "Шымкент", "city": "Шымкент"}""");
        assertThat(center.status()).as(center.body()).isEqualTo(200);
        Response clerk = call("PUT", "/api/v1/admin/users/shymkent.clerk", "test.admin", """
                {"fullName": "Оспанов Мұрат", "password": "%s", "iin": "760501300893", "centerId": "shymkent-1",
                 "roles": ["CLERK"]}""".formatted(PASSWORD));
        assertThat(clerk.status()).as(clerk.body()).isEqualTo(200);
        assertThat(clerk.body()).doesNotContain(PASSWORD);
        Response registered = post("/api/v1/requests", "shymkent.clerk",
                registration("850312300121").replace("almaty-1", "shymkent-1"));
        assertThat(registered.status()).isEqualTo(201);
    }

    @Test
    void badAccountsAreRefused() {
        String shortPassword = "{\"fullName\": \"X\", \"password\": \"short\", \"roles\": [\"MINISTRY\"]}";
        Response r = call("PUT", "/api/v1/admin/users/x", "test.admin", shortPassword);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("PASSWORD_TOO_SHORT");
        Response noCenter = call("PUT", "/api/v1/admin/users/x", "test.admin", """
                {"fullName": "X", "password": "long-enough-password", "iin": "760501300893", "roles": ["CLERK"]}""");
        assertThat(noCenter.code()).isEqualTo("UNKNOWN_CENTER");
        Response badIin = call("PUT", "/api/v1/admin/users/x", "test.admin", """
                {"fullName": "X", "password": "long-enough-password", "iin": "12345", "centerId": "almaty-1",
                 "roles": ["CLERK"]}""");
        assertThat(badIin.code()).isEqualTo("INVALID_IIN");
        Response badRole = call("PUT", "/api/v1/admin/users/x", "test.admin",
                "{\"fullName\": \"X\", \"password\": \"long-enough-password\", \"roles\": [\"KING\"]}");
        assertThat(badRole.code()).isEqualTo("INVALID_VALUE");
        assertThat(accounts.exists("x")).isFalse();
    }

    @Test
    void onlyAdminsAdminister() {
        Response r = call("PUT", "/api/v1/admin/centers/x", "supervisor", "{\"nameKk\": \"x\", \"nameRu\": \"x\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ACCESS_DENIED");
    }
}
