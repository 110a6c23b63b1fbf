package kz.certcopy.certification;

import java.util.Objects;
import kz.certcopy.common.Texts;

/** One row of the refusal notice (Annex 2): which original, which ground of item 9, and the justification. */
public record RefusalItem(int originalNumber, RefusalGround ground, String details) {

    public RefusalItem {
        Objects.requireNonNull(ground, "ground");
        details = Texts.multiline(details, "details", 2000);
    }
}
