package kz.certcopy.retention.jdbc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kz.certcopy.retention.ApplicantHasher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant hash key kept in the database ({@code retention_key}, one row): created by the first node that
 * needs it (a concurrent second creator loses on the unique singleton and reads the winner's), then read by all.
 */
public final class JdbcApplicantHashKey {

    private JdbcApplicantHashKey() {
    }

    public static ApplicantHasher load(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        byte[] secret = tx.execute(status -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String id = new ApplicantHasher(fresh).keyId().substring(0, 16);
            jdbc.sql("INSERT INTO retention_key (id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, fresh, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            return jdbc.sql("SELECT secret FROM retention_key WHERE singleton").query(byte[].class).single();
        });
        return new ApplicantHasher(secret);
    }
}
