package kz.certcopy.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.QualityHint;
import kz.certcopy.intake.ScanFile;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.intake.pages.StoredPage;
import kz.certcopy.storage.ContentRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link ScanPages} in the {@code intake_page} table (V30). */
@Repository
public class JdbcScanPages implements ScanPages {

    private static final String COLUMNS = "id, request_id, original_number, position, content_sha256, content_size, "
            + "media_kind, page_index, width_px, height_px, dpi, width_pt, height_pt, render_in_copy, hints, rotation";

    private final JdbcClient jdbc;

    public JdbcScanPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<StoredPage> add(OriginalRef original, ScanFile file) {
        // serialise appends to one original so two uploads do not take the same positions
        jdbc.sql("SELECT number FROM original WHERE request_id = ? AND number = ? FOR UPDATE")
                .params(original.requestId(), original.number()).query(Integer.class).optional()
                .orElseThrow(() -> IntakeError.ORIGINAL_NOT_FOUND.exception(original.number()));
        int next = count(original) + 1;
        String notices = file.notices().stream().map(Enum::name).collect(Collectors.joining(","));
        List<StoredPage> added = new ArrayList<>();
        for (PageInfo p : file.pages()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO intake_page (" + COLUMNS + ", notices) VALUES "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, original.requestId(), original.number(), next, file.content().sha256(),
                            file.content().size(), file.kind().name(), p.index(), p.widthPx(), p.heightPx(), p.dpi(),
                            p.widthPt(), p.heightPt(), p.renderInCopy(),
                            p.hints().stream().map(Enum::name).collect(Collectors.joining(",")), 0, notices)
                    .update();
            added.add(new StoredPage(id, original, next++, file.content(), file.kind(), p, Rotation.R0));
        }
        return added;
    }

    @Override
    public List<StoredPage> list(OriginalRef original) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake_page WHERE request_id = ? AND original_number = ? "
                        + "ORDER BY position")
                .params(original.requestId(), original.number()).query(JdbcScanPages::page).list();
    }

    @Override
    @Transactional
    public List<StoredPage> reorder(OriginalRef original, List<UUID> pageIds) {
        List<StoredPage> current = list(original);
        var known = current.stream().map(StoredPage::id).collect(Collectors.toSet());
        if (pageIds.size() != current.size() || !known.equals(new HashSet<>(pageIds))) {
            throw IntakeError.PAGE_ORDER_INVALID.exception();
        }
        for (int i = 0; i < pageIds.size(); i++) {
            jdbc.sql("UPDATE intake_page SET position = ? WHERE id = ?").params(i + 1, pageIds.get(i)).update();
        }
        return list(original);
    }

    @Override
    @Transactional
    public StoredPage rotate(OriginalRef original, UUID pageId, Rotation rotation) {
        int n = jdbc.sql("UPDATE intake_page SET rotation = ? WHERE id = ? AND request_id = ? AND original_number = ?")
                .params(rotation.degrees(), pageId, original.requestId(), original.number()).update();
        if (n == 0) {
            throw IntakeError.PAGE_NOT_FOUND.exception(pageId);
        }
        return list(original).stream().filter(p -> p.id().equals(pageId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public void delete(OriginalRef original, UUID pageId) {
        Integer position = jdbc.sql("DELETE FROM intake_page WHERE id = ? AND request_id = ? AND original_number = ? "
                        + "RETURNING position")
                .params(pageId, original.requestId(), original.number()).query(Integer.class).optional()
                .orElseThrow(() -> IntakeError.PAGE_NOT_FOUND.exception(pageId));
        jdbc.sql("UPDATE intake_page SET position = position - 1 WHERE request_id = ? AND original_number = ? "
                + "AND position > ?").params(original.requestId(), original.number(), position).update();
    }

    @Override
    @Transactional
    public String lockVersion(OriginalRef original) {
        jdbc.sql("SELECT number FROM original WHERE request_id = ? AND number = ? FOR UPDATE")
                .params(original.requestId(), original.number()).query(Integer.class).optional()
                .orElseThrow(() -> IntakeError.ORIGINAL_NOT_FOUND.exception(original.number()));
        return version(original);
    }

    @Override
    public String version(OriginalRef original) {
        StringBuilder s = new StringBuilder();
        for (StoredPage p : list(original)) {
            s.append(p.id()).append(':').append(p.position()).append(':').append(p.rotation().degrees()).append(';');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public long requestBytes(UUID requestId) {
        return jdbc.sql("SELECT coalesce(sum(content_size), 0) FROM (SELECT DISTINCT content_sha256, content_size "
                + "FROM intake_page WHERE request_id = ?) files").param(requestId).query(Long.class).single();
    }

    private int count(OriginalRef original) {
        return jdbc.sql("SELECT count(*) FROM intake_page WHERE request_id = ? AND original_number = ?")
                .params(original.requestId(), original.number()).query(Integer.class).single();
    }

    private static StoredPage page(ResultSet rs, int row) throws SQLException {
        String hints = rs.getString("hints");
        List<QualityHint> hintList = hints.isEmpty() ? List.of()
                : Arrays.stream(hints.split(",")).map(QualityHint::valueOf).toList();
        PageInfo info = new PageInfo(rs.getInt("page_index"), rs.getInt("width_px"), rs.getInt("height_px"),
                rs.getFloat("dpi"), rs.getFloat("width_pt"), rs.getFloat("height_pt"), rs.getBoolean("render_in_copy"),
                hintList);
        return new StoredPage(rs.getObject("id", UUID.class),
                new OriginalRef(rs.getObject("request_id", UUID.class), rs.getInt("original_number")),
                rs.getInt("position"), new ContentRef(rs.getString("content_sha256"), rs.getLong("content_size")),
                MediaKind.valueOf(rs.getString("media_kind")), info, Rotation.ofDegrees(rs.getInt("rotation")));
    }
}
