package kz.certcopy.storage;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link ContentIndex} in the {@code content_object} table. */
@Repository
public class JdbcContentIndex implements ContentIndex {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcContentIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void register(ContentRef ref) {
        jdbc.sql("INSERT INTO content_object (sha256, size, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(ref.sha256(), ref.size(), Sql.ts(clock.instant())).update();
    }

    @Override
    public Optional<ContentRef> find(String sha256) {
        return jdbc.sql("SELECT sha256, size FROM content_object WHERE sha256 = ?").param(sha256)
                .query((rs, n) -> new ContentRef(rs.getString(1), rs.getLong(2))).optional();
    }

    @Override
    public boolean contains(String sha256) {
        return find(sha256).isPresent();
    }

    @Override
    public boolean remove(String sha256) {
        return jdbc.sql("DELETE FROM content_object WHERE sha256 = ?").param(sha256).update() > 0;
    }

    /** One statement for the whole batch. */
    @Override
    public int removeAll(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM content_object WHERE sha256 = ANY(CAST(? AS char(64)[]))")
                .param(sha256s.toArray(String[]::new)).update();
    }
}
