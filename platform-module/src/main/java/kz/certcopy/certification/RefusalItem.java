package kz.certcopy.certification;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;

/**
 * One row of the refusal notice (Annex 2): which original, the grounds of item 9 that apply to it (one or more, in
 * the rule's order) and the justification.
 *
 * <p>Not submitted (9.1) together with a defect of the document (9.3) is refused as contradictory: a defect can only
 * be found in a document that was submitted, and a notice naming both would contradict itself in front of the
 * applicant. 9.1 with 9.2 (neither the paper nor the electronic resource is there) and 9.2 with 9.3 are facts that
 * can be true together, and several 9.3 defects of one document are the common case.
 */
public record RefusalItem(int originalNumber, Set<RefusalGround> grounds, String details) {

    public static final int MAX_DETAILS = 2000;

    public RefusalItem {
        if (grounds == null || grounds.isEmpty() || grounds.stream().anyMatch(Objects::isNull)) {
            throw new CertCopyException("REFUSAL_GROUND_REQUIRED", ErrorKind.INVALID_INPUT, originalNumber);
        }
        grounds = Collections.unmodifiableSet(EnumSet.copyOf(grounds));
        if (grounds.contains(RefusalGround.NOT_SUBMITTED) && grounds.stream().anyMatch(RefusalGround::isDefect)) {
            throw new CertCopyException("REFUSAL_GROUNDS_CONTRADICT", ErrorKind.INVALID_INPUT, originalNumber);
        }
        details = Texts.multiline(details, "details", MAX_DETAILS);
    }

    /** A refusal on one ground. */
    public RefusalItem(int originalNumber, RefusalGround ground, String details) {
        this(originalNumber, ground == null ? Set.of() : EnumSet.of(ground), details);
    }

    /** Refusal on the grounds given in any order or with repetitions; kept once each, in the rule's order. */
    public static RefusalItem of(int originalNumber, Collection<RefusalGround> grounds, String details) {
        return new RefusalItem(originalNumber, grounds == null ? null : new HashSet<>(grounds), details);
    }

    /** The grounds in the rule's order (the order of {@link RefusalGround}). */
    public List<RefusalGround> orderedGrounds() {
        return List.copyOf(grounds);
    }

    /** Whether a ground of 9.3 (a defect of the document) is among the grounds: such a refusal needs details. */
    public boolean hasDefect() {
        return grounds.stream().anyMatch(RefusalGround::isDefect);
    }

    /**
     * A refusal under 9.3 must say what the defect is and where (a reasoned refusal); 9.1 and 9.2 are
     * self-explanatory facts (nothing submitted, no such electronic resource), so details stay optional there.
     */
    public void requireReasons() {
        if (hasDefect() && details == null) {
            throw new CertCopyException("REFUSAL_DETAILS_REQUIRED", ErrorKind.INVALID_INPUT, originalNumber);
        }
    }

    /** Grounds named by the rule's items, e.g. {@code ["9.2", "9.3"]}, each once. */
    public List<String> ruleItems() {
        return grounds.stream().map(RefusalGround::ruleItem).distinct().toList();
    }
}
