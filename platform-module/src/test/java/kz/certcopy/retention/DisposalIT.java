package kz.certcopy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import kz.certcopy.IntegrationTest;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.config.CertCopyProperties;
import kz.certcopy.copies.TestIins;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.retention.jdbc.JdbcDisposalQueue;
import kz.certcopy.retention.jdbc.JdbcDisposalRuns;
import kz.certcopy.retention.jdbc.PgAdvisoryDisposalLock;
import kz.certcopy.retention.jdbc.StoreCopyContent;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The disposal job on the real database and file store. Copies are certified in 2020 and the job runs on its own
 * clock moved past their six months, so copies other tests make (certified now) are never due here.
 */
class DisposalIT extends IntegrationTest {

    static final Instant CERTIFIED = Instant.parse("2020-01-10T05:00:00Z");
    /** End of 10 July 2020 in Almaty (UTC+6 then): 2020-07-10T17:59:59.999Z. */
    static final Instant RETAIN_UNTIL = RetentionPolicy.sixMonths().retainUntil(CERTIFIED);
    static final Instant BEFORE_TERM_ENDS = RETAIN_UNTIL.minusSeconds(3600);
    static final Instant AFTER_TERM = RETAIN_UNTIL.plusSeconds(9 * 3600);

    @Autowired CertificationRequests requests;
    @Autowired CertifiedCopies copies;
    @Autowired CopyDocuments documents;
    @Autowired ScanPages pages;
    @Autowired ContentStore store;
    @Autowired UnitOfWork tx;
    @Autowired AuditTrail audit;
    @Autowired ApplicantHasher hasher;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired CertCopyProperties properties;

    private RetainedCopies maker;
    private final AtomicReference<Instant> now = new AtomicReference<>(BEFORE_TERM_ENDS);
    private final Clock jobClock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Almaty");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void setUp() {
        maker = new RetainedCopies(requests, copies, documents, pages, store, tx);
    }

    private DisposalJob job(int batchSize, DisposalJob.BatchHook hook, CopyContent content) {
        return new DisposalJob(new JdbcDisposalQueue(jdbc), content, new PgAdvisoryDisposalLock(dataSource),
                new JdbcDisposalRuns(jdbc), hasher, audit, tx, jobClock, batchSize, hook);
    }

    private DisposalJob job(int batchSize, DisposalJob.BatchHook hook) {
        return job(batchSize, hook, new StoreCopyContent(documents, store, jdbc));
    }

    private RetainedCopies.Made copyFor(String iin) {
        return maker.make(registerFor(iin), 1, CERTIFIED);
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT * FROM certified_copy WHERE id = ?").param(id).query().singleRow();
    }

    private Path file(ContentRef ref) {
        String h = ref.sha256();
        return properties.dataDir().resolve("content").resolve(h.substring(0, 2)).resolve(h.substring(2, 4))
                .resolve(h);
    }

    private long auditEntries(UUID copy) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'COPY_DISPOSED' AND object_ref = ?")
                .param("copy:" + copy).query(Long.class).single();
    }

    private void assertContentGone(RetainedCopies.Made m) {
        for (ContentRef ref : List.of(m.scan(), new ContentRef(m.pdf().sha256(), m.pdf().size()),
                new ContentRef(m.signature().sha256(), m.signature().size()))) {
            assertThat(store.exists(ref)).isFalse();
            assertThat(file(ref)).doesNotExist();
        }
        assertThat(documents.list(m.copy().id())).isEmpty();
        assertThat(pages.list(new OriginalRef(m.copy().requestId().value(), 1))).isEmpty();
    }

    private void assertContentKept(RetainedCopies.Made m) {
        assertThat(file(m.scan())).exists();
        assertThat(store.exists(m.scan())).isTrue();
        assertThat(file(m.scan())).exists();
        assertThat(documents.list(m.copy().id())).hasSize(2);
        assertThat(row(m.copy().id().value())).containsEntry("status", "ACTIVE");
        assertThat(RETAIN_UNTIL).isEqualTo(Instant.parse("2020-07-10T17:59:59.999Z"));
    }

    @Test
    void expiredCopiesBecomeTombstonesAndHeldOnesSurviveUntilReleased() {
        String iin = TestIins.next();
        RetainedCopies.Made expired = copyFor(iin);
        RetainedCopies.Made other = copyFor(TestIins.next());
        RetainedCopies.Made held = copyFor(TestIins.next());
        UUID heldId = held.copy().id().value();

        Response hold = post("/api/v1/copies/" + heldId + "/legal-hold", "records",
                "{\"reason\": \"Сот сұрауы № 2-114/2020\"}");
        assertThat(hold.status()).isEqualTo(201);
        assertThat(hold.json().path("held").asBoolean()).isTrue();
        assertThat(post("/api/v1/copies/" + heldId + "/legal-hold", "records", "{\"reason\": \"again\"}").code())
                .isEqualTo("LEGAL_HOLD_EXISTS");
        assertThat(post("/api/v1/copies/" + heldId + "/legal-hold", "supervisor", "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(post("/api/v1/copies/" + heldId + "/legal-hold", "records", "{\"reason\": \" \"}").code())
                .isEqualTo("HOLD_REASON_REQUIRED");

        DisposalRun early = job(2, DisposalJob.BatchHook.NONE).run("TEST", "system");
        assertThat(early.status()).isEqualTo(DisposalRun.Status.DONE);
        assertContentKept(expired);

        now.set(AFTER_TERM);
        DisposalRun run = job(2, DisposalJob.BatchHook.NONE).run("TEST", "system");
        assertThat(run.status()).isEqualTo(DisposalRun.Status.DONE);
        assertThat(run.disposed()).isGreaterThanOrEqualTo(2);
        assertThat(run.held()).isGreaterThanOrEqualTo(1);
        assertContentGone(expired);
        assertContentGone(other);
        assertContentKept(held);

        Map<String, Object> tombstone = row(expired.copy().id().value());
        assertThat(tombstone).containsEntry("status", "DISPOSED").containsEntry("applicant_id", "")
                .containsEntry("clerk_iin", "").containsEntry("applicant_hash", hasher.hash(iin))
                .containsEntry("applicant_hash_key", hasher.keyId()).containsEntry("disposal_run", run.id())
                .containsEntry("pdf_sha256", expired.pdf().sha256());
        String whole = jdbc.sql("SELECT row_to_json(c)::text FROM certified_copy c WHERE id = ?")
                .param(expired.copy().id().value()).query(String.class).single();
        assertThat(whole).doesNotContain(iin).doesNotContainPattern("(?<![0-9a-f])\\d{12}(?![0-9a-f])");
        assertThat(auditEntries(expired.copy().id().value())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_ref = ? AND applicant_ref IS NOT NULL")
                .param("copy:" + expired.copy().id()).query(Long.class).single()).isZero();
        assertThat(copies.findActiveByApplicant(iin, 0, 10)).isEmpty();

        // reads of the disposed copy answer 410 Gone with the disposal date
        for (String part : List.of("", "/document.pdf", "/signature.p7s", "/package.zip")) {
            Response read = get("/api/v1/copies/" + expired.copy().id() + part, "almaty.clerk1");
            assertThat(read.status()).as(part).isEqualTo(410);
            assertThat(read.code()).isEqualTo("COPY_DISPOSED");
            assertThat(read.json().path("disposedAt").asString()).isEqualTo(AFTER_TERM.toString());
        }
        // a disposed copy cannot be held any more: 410 with the disposal date
        Response gone = post("/api/v1/copies/" + expired.copy().id() + "/legal-hold", "records",
                "{\"reason\": \"too late\"}");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("COPY_DISPOSED");
        assertThat(gone.json().path("detail").asString()).contains(AFTER_TERM.toString());

        // release with a reason (as a query parameter: DELETE bodies get lost), then the next run disposes of it
        assertThat(call("DELETE", "/api/v1/copies/" + heldId + "/legal-hold", "records", null).code())
                .isEqualTo("HOLD_REASON_REQUIRED");
        Response released = call("DELETE", "/api/v1/copies/" + heldId
                + "/legal-hold?reason=%D0%A1%D0%BE%D1%82%20%D1%88%D0%B5%D1%88%D1%96%D0%BC%D1%96", "records", null);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().path("held").asBoolean()).isFalse();
        assertThat(released.json().path("history").valueStream().map(e -> e.path("kind").asString()).toList())
                .containsExactly("PLACED", "RELEASED");
        assertThat(released.json().path("history").get(1).path("reason").asString()).isEqualTo("Сот шешімі");
        DisposalRun after = job(2, DisposalJob.BatchHook.NONE).run("TEST", "system");
        assertThat(after.disposed()).isGreaterThanOrEqualTo(1);
        assertContentGone(held);
        assertThat(auditEntries(heldId)).isEqualTo(1);
        assertThat(get("/api/v1/copies/" + heldId + "/legal-hold", "supervisor").json().path("disposedAt")
                .isMissingNode()).isFalse();
    }

    @Test
    void aScanFileAnotherOriginalStillUsesIsKept() {
        String request = registerFor(TestIins.next());
        RetainedCopies.Made copy = maker.make(request, 1, CERTIFIED);
        // the same file uploaded again for original 2 (content-addressed: one stored object, two pages)
        OriginalRef second = new OriginalRef(copy.copy().requestId().value(), 2);
        tx.inTransaction(() -> pages.add(second, new kz.certcopy.intake.ScanFile(copy.scan(),
                kz.certcopy.intake.MediaKind.PNG, List.of(new kz.certcopy.intake.PageInfo(0, 10, 10, 300f, 10f, 10f,
                true, List.of())), List.of())));
        now.set(AFTER_TERM);
        job(2, DisposalJob.BatchHook.NONE).run("TEST", "system");
        assertThat(row(copy.copy().id().value())).containsEntry("status", "DISPOSED");
        assertThat(pages.list(new OriginalRef(copy.copy().requestId().value(), 1))).isEmpty();
        assertThat(pages.list(second)).hasSize(1);
        assertThat(store.exists(copy.scan())).isTrue();
        assertThat(file(copy.scan())).exists();
        assertThat(store.exists(new ContentRef(copy.pdf().sha256(), copy.pdf().size()))).isFalse();
    }

    @Test
    void inOneBatchAConsentScanKeepsItsFileAndAFileSharedOnlyWithinTheBatchGoes() {
        RetainedCopies.Made consented = copyFor(TestIins.next());
        // the applicant's consent was scanned into the same bytes as the page: one stored object, two records
        jdbc.sql("INSERT INTO consent_scan (request_id, sha256, size, media_type, attached_by, attached_at) "
                        + "VALUES (?, ?, ?, 'image/png', 'almaty.clerk1', now())")
                .params(consented.copy().requestId().value(), consented.scan().sha256(), consented.scan().size())
                .update();
        RetainedCopies.Made first = copyFor(TestIins.next());
        String request = registerFor(TestIins.next());
        RetainedCopies.Made second = maker.make(request, 1, CERTIFIED);
        // the first copy's scan uploaded again for the second copy's original: both pages go in the same batch
        tx.inTransaction(() -> pages.add(new OriginalRef(second.copy().requestId().value(), 1),
                new kz.certcopy.intake.ScanFile(first.scan(), kz.certcopy.intake.MediaKind.PNG,
                        List.of(new kz.certcopy.intake.PageInfo(0, 10, 10, 300f, 10f, 10f, true, List.of())),
                        List.of())));
        now.set(AFTER_TERM);
        job(500, DisposalJob.BatchHook.NONE).run("TEST", "system");
        for (RetainedCopies.Made m : List.of(consented, first, second)) {
            assertThat(row(m.copy().id().value())).containsEntry("status", "DISPOSED");
            assertThat(auditEntries(m.copy().id().value())).isEqualTo(1);
        }
        assertThat(store.exists(consented.scan())).isTrue();
        assertThat(file(consented.scan())).exists();
        assertThat(store.exists(new ContentRef(consented.pdf().sha256(), consented.pdf().size()))).isFalse();
        assertContentGone(first);
        assertContentGone(second);
    }

    @Test
    void aRunStoppedMidwayIsFinishedByTheNextWithoutCountingTwice() {
        List<RetainedCopies.Made> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(copyFor(TestIins.next()));
        }
        now.set(AFTER_TERM);
        // first run: the node "dies" before its second batch (batches of 2)
        DisposalJob crashing = job(2, batch -> {
            if (batch == 2) {
                throw new IllegalStateException("node killed between batches");
            }
        });
        assertThatThrownBy(() -> crashing.run("TEST", "system")).hasMessageContaining("killed");
        // second run: the content store fails in the middle of a batch, which rolls back whole
        AtomicInteger destroyed = new AtomicInteger();
        StoreCopyContent real = new StoreCopyContent(documents, store, jdbc);
        DisposalJob failingInBatch = job(2, DisposalJob.BatchHook.NONE, batch -> {
            // the first copy's content goes, then the store fails on the second: the batch must roll back whole
            real.destroy(batch.subList(0, 1));
            if (destroyed.incrementAndGet() == 1 && batch.size() > 1) {
                throw new IllegalStateException("storage failed mid-batch");
            }
            real.destroy(batch.subList(1, batch.size()));
        });
        assertThatThrownBy(() -> failingInBatch.run("TEST", "system")).hasMessageContaining("mid-batch");
        long disposedSoFar = made.stream().filter(m -> "DISPOSED".equals(row(m.copy().id().value()).get("status")))
                .count();
        assertThat(disposedSoFar).isBetween(1L, 4L);
        for (RetainedCopies.Made m : made) {
            if ("ACTIVE".equals(row(m.copy().id().value()).get("status"))) {
                assertContentKept(m); // the rolled-back batch deleted nothing on disk
            }
        }
        DisposalRun last = job(2, DisposalJob.BatchHook.NONE).run("TEST", "system");
        assertThat(last.status()).isEqualTo(DisposalRun.Status.DONE);
        for (RetainedCopies.Made m : made) {
            assertContentGone(m);
            assertThat(auditEntries(m.copy().id().value())).isEqualTo(1);
        }
        // the journal's counts add up to the copies disposed: none twice, none lost
        List<UUID> runs = made.stream().map(m -> (UUID) row(m.copy().id().value()).get("disposal_run")).distinct()
                .toList();
        long journal = 0;
        long rows = 0;
        for (UUID r : runs) {
            Map<String, Object> entry = jdbc.sql("SELECT status, disposed FROM disposal_run WHERE id = ?").param(r)
                    .query().singleRow();
            journal += ((Number) entry.get("disposed")).longValue();
            rows += jdbc.sql("SELECT count(*) FROM certified_copy WHERE disposal_run = ?").param(r)
                    .query(Long.class).single();
        }
        assertThat(journal).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT count(*) FROM disposal_run WHERE status = 'FAILED' AND id = ANY(?)")
                .param(runs.toArray(new UUID[0])).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void twoConcurrentRunsOneWorksTheOtherIsBusy() throws Exception {
        List<RetainedCopies.Made> made = List.of(copyFor(TestIins.next()), copyFor(TestIins.next()),
                copyFor(TestIins.next()));
        now.set(AFTER_TERM);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        DisposalJob first = job(1, batch -> {
            if (batch == 1) {
                inside.countDown();
                try {
                    goOn.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        CompletableFuture<DisposalRun> running = CompletableFuture.supplyAsync(() -> first.run("TEST", "system"));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        DisposalRun second = job(1, DisposalJob.BatchHook.NONE).run("TEST", "system");
        assertThat(second.status()).isEqualTo(DisposalRun.Status.BUSY);
        assertThat(second.disposed()).isZero();
        Response api = post("/api/v1/retention/disposal-runs", "records", null);
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.code()).isEqualTo("DISPOSAL_RUNNING");
        goOn.countDown();
        DisposalRun done = running.get(60, TimeUnit.SECONDS);
        assertThat(done.status()).isEqualTo(DisposalRun.Status.DONE);
        for (RetainedCopies.Made m : made) {
            assertThat(row(m.copy().id().value())).containsEntry("disposal_run", done.id());
            assertThat(auditEntries(m.copy().id().value())).isEqualTo(1);
        }
        // the lock is free again
        assertThat(job(1, DisposalJob.BatchHook.NONE).run("TEST", "system").status())
                .isEqualTo(DisposalRun.Status.DONE);
    }

    @Test
    void disposalRunsOverHttpOnlyForAdminsAndRecordsOfficers() {
        assertThat(post("/api/v1/retention/disposal-runs", "supervisor", null).status()).isEqualTo(403);
        assertThat(post("/api/v1/retention/disposal-runs", "almaty.clerk1", null).status()).isEqualTo(403);
        Response run = post("/api/v1/retention/disposal-runs", "records", null);
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().path("status").asString()).isEqualTo("DONE");
        assertThat(Instant.parse(run.json().path("startedAt").asString())).isBeforeOrEqualTo(clock.instant());
    }
}
