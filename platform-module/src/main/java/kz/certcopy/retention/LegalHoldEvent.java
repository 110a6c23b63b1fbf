package kz.certcopy.retention;

import java.time.Instant;
import java.util.UUID;

/** One entry of a copy's hold history: a hold placed or released, by whom, when and why. Never deleted. */
public record LegalHoldEvent(UUID copyId, Kind kind, String reason, String actor, Instant at) {

    public enum Kind { PLACED, RELEASED }
}
