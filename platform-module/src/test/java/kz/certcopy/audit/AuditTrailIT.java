package kz.certcopy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyReadOfApplicantDataIsAnEntry() {
        String id = registerFor("950228400787");
        get("/api/v1/requests/" + id, "almaty.clerk2");
        get("/api/v1/requests/" + id, "supervisor");
        var actions = jdbc.sql("SELECT actor || ':' || action FROM audit_entry WHERE object_ref = ? ORDER BY seq")
                .param("request:" + id).query(String.class).list();
        assertThat(actions).containsExactly("almaty.clerk1:REQUEST_REGISTERED", "almaty.clerk2:REQUEST_READ",
                "supervisor:REQUEST_READ");
        assertThat(jdbc.sql("SELECT DISTINCT applicant_ref FROM audit_entry WHERE object_ref = ?")
                .param("request:" + id).query(String.class).list()).containsExactly("950228400787");
    }

    @Test
    void theTableIsAppendOnly() {
        registerFor("950228400787");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'x' WHERE seq = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = 1").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyReportsTheFirstTamperedEntry() {
        registerFor("950228400787");
        registerFor("950228400787");
        Response ok = get("/api/v1/audit/verify", "supervisor");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("intact").asBoolean()).isTrue();
        assertThat(ok.json().path("entriesChecked").asLong()).isGreaterThanOrEqualTo(2);

        long seq = jdbc.sql("SELECT max(seq) - 1 FROM audit_entry").query(Long.class).single();
        String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        // someone with database rights bypasses the trigger and rewrites history
        tamper("UPDATE audit_entry SET actor = 'intruder' WHERE seq = " + seq);
        try {
            Response broken = get("/api/v1/audit/verify", "supervisor");
            assertThat(broken.json().path("intact").asBoolean()).isFalse();
            assertThat(broken.json().path("firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(broken.json().path("reason").asString()).isEqualTo("HASH_MISMATCH");
        } finally {
            tamper("UPDATE audit_entry SET actor = '" + actor + "' WHERE seq = " + seq);
        }
        assertThat(get("/api/v1/audit/verify", "supervisor").json().path("intact").asBoolean()).isTrue();
    }

    private void tamper(String sql) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
    }
}
