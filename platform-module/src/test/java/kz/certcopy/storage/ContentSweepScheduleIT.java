package kz.certcopy.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The orphan sweep is not only a start-up job: it is scheduled daily, and the scheduled task really sweeps. */
class ContentSweepScheduleIT extends IntegrationTest {

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Autowired
    FileContentStore store;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theDailySweepIsScheduledAndRemovesBytesOfAFailedTransaction() throws IOException {
        List<CronTask> sweeps = schedulers.stream().flatMap(h -> h.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).filter(CronTask.class::isInstance).map(CronTask.class::cast)
                .filter(t -> t.getRunnable().toString().contains("OrphanSweep.sweep")).toList();
        assertThat(sweeps).hasSize(1);
        assertThat(sweeps.get(0).getExpression()).isEqualTo("0 15 3 * * *");

        ContentRef[] written = new ContentRef[1];
        tx.executeWithoutResult(status -> {
            try {
                written[0] = store.put(new ByteArrayInputStream(
                        ("скан " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly(); // the upload's transaction failed: bytes without a record
        });
        Path orphan = store.pathOf(written[0].sha256());
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        sweeps.get(0).getRunnable().run(); // what the scheduler runs at 03:15
        assertThat(orphan).doesNotExist();
    }
}
