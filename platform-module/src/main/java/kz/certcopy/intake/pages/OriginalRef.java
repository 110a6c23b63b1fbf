package kz.certcopy.intake.pages;

import java.util.Objects;
import java.util.UUID;

/** One paper original of a certification request: the request and the original's number in it (1-based). */
public record OriginalRef(UUID requestId, int number) {

    public OriginalRef {
        Objects.requireNonNull(requestId, "requestId");
        if (number < 1) {
            throw new IllegalArgumentException("original numbers start at 1");
        }
    }
}
