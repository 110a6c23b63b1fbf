package kz.certcopy.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * Keyset position in the disposal order ({@code retain_until}, {@code id}): the next batch starts strictly after it,
 * so a run walks the expired copies once, in pages, without OFFSET and without holding them all in memory.
 */
public record DisposalCursor(Instant retainUntil, UUID copyId) {
}
