package kz.certcopy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.certcopy.IntegrationTest;
import kz.certcopy.common.CertCopyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class FileContentStoreIT extends IntegrationTest {

    @Autowired
    FileContentStore store;

    @Autowired
    ContentIndex index;

    @Autowired
    TransactionTemplate tx;

    static byte[] unique() {
        return ("скан " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    static ContentRef put(ContentStore s, byte[] data) {
        try {
            return s.put(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void roundTripIsAddressedByHash() throws IOException {
        byte[] data = unique();
        ContentRef ref = put(store, data);
        assertThat(ref.size()).isEqualTo(data.length);
        assertThat(put(store, data)).isEqualTo(ref);
        try (InputStream in = store.open(ref)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(store.find(ref.sha256())).contains(ref);
        assertThat(store.exists(ref)).isTrue();
        Path file = store.pathOf(ref.sha256());
        assertThat(file.getParent().getFileName().toString()).isEqualTo(ref.sha256().substring(2, 4));
        assertThat(Files.list(file.getParent().getParent().getParent().resolve("tmp"))).isEmpty();
    }

    @Test
    void corruptionIsDetectedOnRead() throws IOException {
        ContentRef ref = put(store, unique());
        Path file = store.pathOf(ref.sha256());
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(ref)) {
                in.readAllBytes();
            }
        }).isInstanceOf(CertCopyException.class).extracting(e -> ((CertCopyException) e).code())
                .isEqualTo("CONTENT_CORRUPT");
        Files.delete(file);
        assertThatThrownBy(() -> store.open(ref)).extracting(e -> ((CertCopyException) e).code())
                .isEqualTo("CONTENT_CORRUPT");
    }

    @Test
    void aRolledBackWriteLeavesNoRecordAndItsFileIsSwept() throws IOException {
        byte[] data = unique();
        ContentRef[] written = new ContentRef[1];
        tx.executeWithoutResult(status -> {
            written[0] = put(store, data);
            status.setRollbackOnly(); // as if the record using it failed, or the process died before commit
        });
        ContentRef ref = written[0];
        Path file = store.pathOf(ref.sha256());
        assertThat(file).exists();
        assertThat(index.contains(ref.sha256())).isFalse();
        assertThatThrownBy(() -> store.open(ref)).extracting(e -> ((CertCopyException) e).code())
                .isEqualTo("CONTENT_NOT_FOUND");

        ContentRef kept = put(store, unique());
        Path stalePart = store.pathOf(kept.sha256()).getParent().getParent().getParent().resolve("tmp/x.part");
        Files.write(stalePart, new byte[] {1});
        // a young orphan may belong to a transaction still running: kept
        store.sweepOrphans(Duration.ofHours(1));
        assertThat(file).exists();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);
        Files.setLastModifiedTime(store.pathOf(kept.sha256()), old);
        Files.setLastModifiedTime(stalePart, old);
        assertThat(store.sweepOrphans(Duration.ofHours(1))).isGreaterThanOrEqualTo(2);
        assertThat(file).doesNotExist();
        assertThat(stalePart).doesNotExist();
        assertThat(store.pathOf(kept.sha256())).exists(); // recorded content is never swept
    }

    @Test
    void deleteTakesEffectOnlyOnCommit() throws IOException {
        ContentRef ref = put(store, unique());
        tx.executeWithoutResult(status -> {
            try {
                store.delete(ref);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(store.exists(ref)).isTrue();
        store.delete(ref);
        assertThat(store.exists(ref)).isFalse();
        assertThat(store.pathOf(ref.sha256())).doesNotExist();
        store.delete(ref); // idempotent
    }

    @Test
    void aBatchDeleteTakesEffectOnlyOnCommitWithOneIndexStatement() throws IOException {
        ContentRef first = put(store, unique());
        ContentRef second = put(store, unique());
        ContentRef other = put(store, unique());
        List<ContentRef> batch = List.of(first, second, first);
        tx.executeWithoutResult(status -> {
            try {
                store.deleteAll(batch);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(index.contains(first.sha256())).isFalse(); // the records go inside the transaction
            status.setRollbackOnly();
        });
        for (ContentRef r : List.of(first, second)) {
            assertThat(store.exists(r)).isTrue();
            assertThat(store.pathOf(r.sha256())).exists();
        }
        tx.executeWithoutResult(status -> {
            try {
                store.deleteAll(batch);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(store.pathOf(first.sha256())).exists(); // unlinked only after commit
        });
        for (ContentRef r : List.of(first, second)) {
            assertThat(index.contains(r.sha256())).isFalse();
            assertThat(store.pathOf(r.sha256())).doesNotExist();
        }
        assertThat(store.exists(other)).isTrue();
        store.deleteAll(batch); // idempotent
        assertThat(index.removeAll(List.of(first.sha256(), other.sha256()))).isEqualTo(1);
    }
}
