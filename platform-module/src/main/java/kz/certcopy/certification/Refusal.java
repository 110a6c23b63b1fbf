package kz.certcopy.certification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A reasoned refusal (Annex 2) of one or more originals of a request, made by a clerk at a moment. */
public record Refusal(RefusalId id, CertificationRequestId requestId, String clerk, Instant refusedAt,
                      List<RefusalItem> items) {

    public Refusal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(refusedAt, "refusedAt");
        items = List.copyOf(items);
    }
}
