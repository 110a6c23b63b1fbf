package kz.certcopy.certification;

import java.util.Objects;
import java.util.UUID;

/** Typed id of a {@link Refusal}. */
public record RefusalId(UUID value) {

    public RefusalId {
        Objects.requireNonNull(value, "value");
    }

    public static RefusalId random() {
        return new RefusalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
