package kz.certcopy.retention.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kz.certcopy.config.EmbeddedPostgresServer;
import kz.certcopy.retention.ApplicantHasher;
import kz.certcopy.retention.DisposalJob;
import kz.certcopy.retention.DisposalRun;
import kz.certcopy.retention.jdbc.JdbcDisposalQueue;
import kz.certcopy.retention.jdbc.JdbcDisposalRuns;
import kz.certcopy.retention.jdbc.PgAdvisoryDisposalLock;
import kz.certcopy.retention.jdbc.StoreCopyContent;
import kz.certcopy.storage.ContentStoreCopyDocuments;
import kz.certcopy.storage.FileContentStore;
import kz.certcopy.storage.JdbcAuditTrail;
import kz.certcopy.storage.JdbcCertifiedCopies;
import kz.certcopy.storage.JdbcContentIndex;
import kz.certcopy.storage.SpringUnitOfWork;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Benchmarks of issue 5 (Speed) for retention, on the embedded PostgreSQL with the production settings (fsync on):
 * <ul>
 *   <li>{@code search N}: N certified copies generated with {@code generate_series}, then the search by IIN exactly
 *       as {@link JdbcCertifiedCopies#findActiveByApplicant} runs it, 10,000 times for random applicants; prints
 *       p50/p95/p99 and the plan ({@code EXPLAIN ANALYZE}), which must use {@code certified_copy_applicant}.</li>
 *   <li>{@code disposal N}: N expired copies, each with a small real signed-PDF, signature and scan file in the file
 *       store, then one disposal run through the real adapters; prints the time and the files left.</li>
 * </ul>
 * Not a test (no {@code @Test}); run by hand, see docs/BENCHMARKS.md.
 */
public final class RetentionBench {

    private static final long[] T1 = new long[1];

    private RetentionBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "search";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : (mode.equals("search") ? 1_000_000 : 100_000);
        Path dir = Files.createTempDirectory("certcopy-bench-");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir)) {
            HikariConfig cfg = new HikariConfig();
            cfg.setJdbcUrl(pg.jdbcUrl());
            cfg.setUsername(pg.username());
            cfg.setMaximumPoolSize(4);
            try (HikariDataSource ds = new HikariDataSource(cfg)) {
                Flyway.configure().dataSource(ds).load().migrate();
                JdbcClient jdbc = JdbcClient.create(ds);
                if (mode.equals("search")) {
                    search(jdbc, n);
                } else {
                    disposal(ds, jdbc, dir, n);
                }
            }
        }
    }

    /** Requests with 5 originals each, one copy per original; applicants get about 3 copies each. */
    static void generate(JdbcClient jdbc, int copies, String retainUntil) {
        int requests = (copies + 4) / 5;
        long t0 = System.nanoTime();
        jdbc.sql("INSERT INTO service_center (id, name_kk, name_ru) VALUES ('bench-1', 'Бенч', 'Бенч')").update();
        jdbc.sql("""
                INSERT INTO certification_request (id, center_id, clerk, status, applicant_kind, applicant_id,
                    applicant_name, consent_documents, electronic_media, consent_date, registered_at,
                    time_limit_seconds, finished_at, overrun_seconds, version)
                SELECT md5('r' || g)::uuid, 'bench-1', 'clerk', 'COMPLETED', 'INDIVIDUAL',
                       lpad(((g * 7919) % (:requests * 5 / 3 + 1))::text, 12, '0'), 'N', ARRAY['D'], true,
                       DATE '2026-01-01', TIMESTAMPTZ '2026-01-01' + g * interval '1 second', 1800,
                       TIMESTAMPTZ '2026-01-01' + g * interval '1 second' + interval '10 minutes', 0, 0
                FROM generate_series(1, :requests) g""").param("requests", requests).update();
        jdbc.sql("""
                INSERT INTO original (request_id, number, kind, outcome)
                SELECT md5('r' || g)::uuid, k, 'D', 'CERTIFIED' FROM generate_series(1, :requests) g,
                       generate_series(1, 5) k""").param("requests", requests).update();
        jdbc.sql("""
                INSERT INTO certified_copy (id, request_id, original_number, applicant_kind, applicant_id, consent_id,
                    center_id, clerk_username, clerk_iin, clerk_name, certified_at, retain_until, pdf_sha256, pdf_size,
                    signature_sha256, signature_size, signature_algorithm, signer_serial, signer_issuer,
                    verification_code, status)
                SELECT md5('c' || i)::uuid, md5('r' || ((i - 1) / 5 + 1))::uuid, (i - 1) % 5 + 1, 'INDIVIDUAL',
                       lpad(((((i - 1) / 5 + 1) * 7919) % (:requests * 5 / 3 + 1))::text, 12, '0'),
                       md5('r' || ((i - 1) / 5 + 1))::uuid, 'bench-1', 'clerk', '123456789012', 'Clerk',
                       TIMESTAMPTZ '2026-01-01' + i * interval '1 second', """ + retainUntil + """
                       , encode(sha256(convert_to('pdf-' || i, 'UTF8')), 'hex'), length('pdf-' || i),
                       encode(sha256(convert_to('p7s-' || i, 'UTF8')), 'hex'), length('p7s-' || i),
                       '1.2.840.113549.1.1.11', '01', 'CN=bench', md5('v' || i), 'ACTIVE'
                FROM generate_series(1, :copies) i""").param("requests", requests).param("copies", copies).update();
        jdbc.sql("ANALYZE").update();
        System.out.printf("generated %,d copies (%,d requests) in %.1f s%n", copies, requests,
                (System.nanoTime() - t0) / 1e9);
    }

    static void search(JdbcClient jdbc, int copies) {
        generate(jdbc, copies, "TIMESTAMPTZ '2026-07-01' + i * interval '1 second'");
        List<String> applicants = jdbc.sql("SELECT DISTINCT applicant_id FROM certified_copy TABLESAMPLE SYSTEM (1)")
                .query(String.class).list();
        JdbcCertifiedCopies repository = new JdbcCertifiedCopies(jdbc);
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) { // warm-up: JIT and the buffer cache
            repository.findActiveByApplicant(applicants.get(random.nextInt(applicants.size())), 0, 50);
        }
        int runs = 10_000;
        long[] nanos = new long[runs];
        long found = 0;
        for (int i = 0; i < runs; i++) {
            String iin = applicants.get(random.nextInt(applicants.size()));
            long t = System.nanoTime();
            found += repository.findActiveByApplicant(iin, 0, 50).size();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("search by IIN over %,d copies, %,d queries (%.2f copies per answer): "
                        + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", copies, runs, found / (double) runs,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6,
                nanos[runs - 1] / 1e6);
        String iin = applicants.get(0);
        System.out.println("EXPLAIN ANALYZE of the query JdbcCertifiedCopies.findActiveByApplicant runs:");
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM certified_copy WHERE applicant_id = ? AND status = 'ACTIVE' "
                        + "ORDER BY certified_at DESC, id OFFSET ? LIMIT ?").params(iin, 0, 50)
                .query(String.class).list().forEach(line -> System.out.println("  " + line));
    }

    static void disposal(HikariDataSource ds, JdbcClient jdbc, Path dir, int copies) throws Exception {
        generate(jdbc, copies, "TIMESTAMPTZ '2026-01-02' + i * interval '1 second'");
        long t0 = System.nanoTime();
        // the content of each copy: signed PDF, signature and one scanned page, as small real files
        jdbc.sql("""
                INSERT INTO content_object (sha256, size, created_at)
                SELECT encode(sha256(convert_to(k || '-' || i, 'UTF8')), 'hex'), length(k || '-' || i), now()
                FROM generate_series(1, :copies) i, unnest(ARRAY['pdf', 'p7s', 'scan']) k""")
                .param("copies", copies).update();
        jdbc.sql("""
                INSERT INTO copy_document (copy_id, kind, document_id, sha256, size)
                SELECT md5('c' || i)::uuid, d.kind, d.sha, d.sha, d.size
                FROM generate_series(1, :copies) i, LATERAL (VALUES
                     ('SIGNED_PDF', encode(sha256(convert_to('pdf-' || i, 'UTF8')), 'hex'), length('pdf-' || i)),
                     ('SIGNATURE', encode(sha256(convert_to('p7s-' || i, 'UTF8')), 'hex'), length('p7s-' || i)))
                     d(kind, sha, size)""").param("copies", copies).update();
        jdbc.sql("""
                INSERT INTO intake_page (id, request_id, original_number, position, content_sha256, content_size,
                    media_kind, page_index, width_px, height_px, dpi, width_pt, height_pt, render_in_copy)
                SELECT md5('p' || i)::uuid, md5('r' || ((i - 1) / 5 + 1))::uuid, (i - 1) % 5 + 1, 1,
                       encode(sha256(convert_to('scan-' || i, 'UTF8')), 'hex'), length('scan-' || i), 'PNG', 0,
                       2480, 3508, 300, 595, 842, true
                FROM generate_series(1, :copies) i""").param("copies", copies).update();
        Path content = dir.resolve("content");
        FileContentStore store = new FileContentStore(content, new JdbcContentIndex(jdbc, Clock.systemUTC()),
                Clock.systemUTC());
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        for (int i = 1; i <= copies; i++) {
            for (String k : new String[] {"pdf", "p7s", "scan"}) {
                byte[] bytes = (k + "-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                String h = java.util.HexFormat.of().formatHex(sha.digest(bytes));
                Path f = content.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h);
                Files.createDirectories(f.getParent());
                Files.write(f, bytes);
            }
        }
        jdbc.sql("ANALYZE").update();
        System.out.printf("content: %,d files written and recorded in %.1f s%n", copies * 3L,
                (System.nanoTime() - t0) / 1e9);

        String someSha = jdbc.sql("SELECT sha256 FROM content_object LIMIT 1").query(String.class).single();
        for (String q : List.of("SELECT sha256 FROM content_object WHERE sha256 = ?",
                "SELECT 1 FROM intake_page WHERE content_sha256 = ?", "SELECT 1 FROM copy_document WHERE sha256 = ?")) {
            System.out.println("plan of " + q + ":");
            jdbc.sql("EXPLAIN " + q).param(someSha).query(String.class).list()
                    .forEach(line -> System.out.println("  " + line));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneId.of("Asia/Almaty"));
        SpringUnitOfWork tx = new SpringUnitOfWork(new DataSourceTransactionManager(ds));
        DisposalJob job = new DisposalJob(new JdbcDisposalQueue(jdbc),
                new StoreCopyContent(new ContentStoreCopyDocuments(store, jdbc), store, jdbc),
                new PgAdvisoryDisposalLock(ds), new JdbcDisposalRuns(jdbc), new ApplicantHasher(key),
                new JdbcAuditTrail(jdbc, clock), tx, clock, 500, batch -> {
                    if (batch % 10 == 1) {
                        System.out.printf("  batch %d at %.1f s%n", batch, (System.nanoTime() - T1[0]) / 1e9);
                    }
                });
        Runtime rt = Runtime.getRuntime();
        long t1 = System.nanoTime();
        T1[0] = t1;
        DisposalRun run = job.run("BENCH", "system");
        double seconds = (System.nanoTime() - t1) / 1e9;
        long left;
        try (var files = Files.walk(content)) {
            left = files.filter(Files::isRegularFile).count();
        }
        System.out.printf("disposal of %,d expired copies: %s, %,d disposed in %.1f s (%.0f copies/s), "
                        + "%,d content files left, heap in use %d MB%n", copies, run.status(), run.disposed(), seconds,
                run.disposed() / seconds, left, (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.printf("tombstones: %,d; audit entries COPY_DISPOSED: %,d%n",
                jdbc.sql("SELECT count(*) FROM certified_copy WHERE status = 'DISPOSED' AND applicant_id = ''")
                        .query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'COPY_DISPOSED'").query(Long.class)
                        .single());
    }
}
