package kz.certcopy.certification;

import java.util.Objects;

/** A paper original within a request, numbered 1..n, ending in one certified copy or one refusal. */
public final class Original {

    private final int number;
    private final OriginalDocument document;
    private OriginalOutcome outcome;

    public Original(int number, OriginalDocument document, OriginalOutcome outcome) {
        if (number < 1) {
            throw new IllegalArgumentException("originals are numbered from 1");
        }
        this.number = number;
        this.document = Objects.requireNonNull(document, "document");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    public int number() {
        return number;
    }

    public OriginalDocument document() {
        return document;
    }

    public OriginalOutcome outcome() {
        return outcome;
    }

    public boolean resolved() {
        return outcome != OriginalOutcome.PENDING;
    }

    void resolve(OriginalOutcome result) {
        this.outcome = result;
    }
}
