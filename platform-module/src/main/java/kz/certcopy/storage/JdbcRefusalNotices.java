package kz.certcopy.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;
import kz.certcopy.certification.CertificationRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link RefusalNotices}: the table {@code refusal_notice} indexes the notices, {@code content} holds the bytes. */
public class JdbcRefusalNotices implements RefusalNotices {

    private record Row(String document, String sha256, long size, boolean signed) {
    }

    private final JdbcClient jdbc;
    private final RefusalNoticeContent content;
    private final Clock clock;

    public JdbcRefusalNotices(JdbcClient jdbc, RefusalNoticeContent content, Clock clock) {
        this.jdbc = jdbc;
        this.content = content;
        this.clock = clock;
    }

    @Override
    public Optional<Stored> find(CertificationRequestId request, int refusals, String language) {
        return jdbc.sql("SELECT document, sha256, size, signed FROM refusal_notice"
                        + " WHERE request_id = ? AND refusals = ? AND language = ?")
                .params(request.value(), refusals, language)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
                .optional()
                .map(r -> new Stored(content.read(r.document(), new ContentRef(r.sha256(), r.size())), r.signed()));
    }

    @Override
    public Stored store(Notice notice, byte[] pdf, boolean signed) {
        String sha = sha256(pdf);
        String document = content.put(notice, pdf, sha);
        int inserted = jdbc.sql("INSERT INTO refusal_notice (request_id, refusals, language, document, sha256, size,"
                        + " signed, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(notice.request().value(), notice.refusals(), notice.language(), document, sha,
                        (long) pdf.length, signed, Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) { // a concurrent request stored it first: serve that one
            content.discard(document);
            return find(notice.request(), notice.refusals(), notice.language()).orElseThrow();
        }
        return new Stored(pdf, signed);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
