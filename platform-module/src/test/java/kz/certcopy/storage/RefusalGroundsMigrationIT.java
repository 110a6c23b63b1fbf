package kz.certcopy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kz.certcopy.IntegrationTest;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.certification.RefusalId;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.config.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V61 (several grounds per refused original) on data written in the old shape: a fresh database of the embedded
 * PostgreSQL is migrated to V60, refusals are inserted with the single {@code ground} column as the old adapter wrote
 * them, then V61 runs and {@link JdbcCertificationRequests} reads them back with their ground kept.
 */
class RefusalGroundsMigrationIT extends IntegrationTest {

    @Autowired
    EmbeddedPostgresServer postgres;

    private String database;
    private SingleConnectionDataSource dataSource;

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = "v61_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        dataSource = new SingleConnectionDataSource(postgres.jdbcUrl().replace("/postgres", "/" + database),
                postgres.username(), "", true);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        dataSource.destroy();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + database);
        }
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    @Test
    void singleGroundRowsKeepTheirGroundAndNewRowsHoldSeveral() {
        migrateTo("60");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID request = oldRequest(jdbc);
        oldRefusal(jdbc, request, 1, "PENCIL", "9.3", "Бағалар қарындашпен жазылған");
        oldRefusal(jdbc, request, 2, "NOT_SUBMITTED", "9.1", null);

        migrateTo("61");
        assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC "
                + "LIMIT 1").query(String.class).single()).isEqualTo("61");
        JdbcCertificationRequests adapter = new JdbcCertificationRequests(jdbc);
        CertificationRequest read = adapter.find(new CertificationRequestId(request)).orElseThrow();
        assertThat(read.refusals()).hasSize(2);
        RefusalItem pencil = read.refusals().get(0).items().get(0);
        assertThat(pencil.originalNumber()).isEqualTo(1);
        assertThat(pencil.grounds()).containsExactly(RefusalGround.PENCIL);
        assertThat(pencil.details()).isEqualTo("Бағалар қарындашпен жазылған");
        RefusalItem notSubmitted = read.refusals().get(1).items().get(0);
        assertThat(notSubmitted.grounds()).containsExactly(RefusalGround.NOT_SUBMITTED);
        assertThat(notSubmitted.details()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'refusal_item' "
                + "AND column_name IN ('ground', 'rule_item')").query(Long.class).single()).isZero();

        // the new shape: one original on two grounds, written by the adapter and read back in the rule's order
        CertificationRequest fresh = adapter.find(new CertificationRequestId(request)).orElseThrow();
        fresh.addOriginal(new kz.certcopy.certification.OriginalDocument("Аттестат", "ЖОБ-77", null, null));
        fresh.refuse(RefusalId.random(), "almaty.clerk1", List.of(RefusalItem.of(3,
                List.of(RefusalGround.ILLEGIBLE_SEAL, RefusalGround.ERASURES), "Мөр оқылмайды, күні өшірілген")),
                Instant.parse("2026-12-03T06:00:00Z"));
        adapter.update(fresh);
        RefusalItem two = adapter.find(new CertificationRequestId(request)).orElseThrow().refusals().get(2).items()
                .get(0);
        assertThat(two.orderedGrounds()).containsExactly(RefusalGround.ERASURES, RefusalGround.ILLEGIBLE_SEAL);
        assertThat(jdbc.sql("SELECT grounds::text FROM refusal_item WHERE request_id = ? AND original_number = 3")
                .param(request).query(String.class).single()).isEqualTo("{ERASURES,ILLEGIBLE_SEAL}");

        // the table itself refuses what the domain never writes: no ground, an unknown one, a NULL among them
        for (String bad : new String[] {"{}", "{BAD_WEATHER}", "{PENCIL,NULL}"}) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE refusal_item SET grounds = ?::varchar(32)[] "
                    + "WHERE request_id = ? AND original_number = 3").params(bad, request).update())
                    .as(bad).hasMessageContaining("refusal_item_grounds_");
        }
    }

    private static UUID oldRequest(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO service_center (id, name_kk, name_ru) VALUES ('almaty-1', 'ХҚКО', 'ЦОН')").update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO certification_request (id, center_id, clerk, status, applicant_kind, applicant_id,
                    applicant_name, consent_documents, electronic_media, consent_date, registered_at,
                    time_limit_seconds, version)
                VALUES (?, 'almaty-1', 'almaty.clerk1', 'SCANNING', 'INDIVIDUAL', '850312300121',
                    'Сәрсенбаева Әйгерім Қанатқызы', ARRAY['Диплом', 'Куәлік'], true, DATE '2026-12-03', ?, 1800, 3)""")
                .params(id, OffsetDateTime.of(2026, 12, 3, 5, 0, 0, 0, ZoneOffset.UTC)).update();
        for (int n = 1; n <= 2; n++) {
            jdbc.sql("INSERT INTO original (request_id, number, kind, outcome) VALUES (?, ?, 'Диплом', 'REFUSED')")
                    .params(id, n).update();
        }
        return id;
    }

    /** A refusal exactly as the adapter wrote it before V61: one ground and its rule item per original. */
    private static void oldRefusal(JdbcClient jdbc, UUID request, int original, String ground, String ruleItem,
                                   String details) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO refusal (id, request_id, clerk, refused_at) VALUES (?, ?, 'almaty.clerk1', ?)")
                .params(id, request, OffsetDateTime.of(2026, 12, 3, 5, original, 0, 0, ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO refusal_item (refusal_id, request_id, original_number, ground, rule_item, details)
                VALUES (?, ?, ?, ?, ?, ?)""").params(id, request, original, ground, ruleItem, details).update();
    }
}
