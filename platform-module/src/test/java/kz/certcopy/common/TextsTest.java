package kz.certcopy.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** What a free-text field refuses: control characters, including the invisible ones that reorder text on display. */
class TextsTest {

    private static final int[] BIDI_CONTROLS = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};

    @Test
    void directionEmbeddingsOverridesAndIsolatesAreRefusedNamingTheField() {
        for (int c : BIDI_CONTROLS) {
            String name = "Сәрсенбаева " + (char) c + "Әйгерім";
            CertCopyException e = catchThrowableOfType(CertCopyException.class,
                    () -> Texts.optional(name, "applicant.fullName", 300));
            assertThat(e).as("U+%04X", c).isNotNull();
            assertThat(e.code()).isEqualTo("INVALID_TEXT");
            assertThat(e.args()).containsExactly("applicant.fullName");
            assertThat(catchThrowableOfType(CertCopyException.class,
                    () -> Texts.multiline("Бағалар\n" + (char) c, "details", 2000))).as("U+%04X", c).isNotNull();
            assertThat(Texts.isPlainLine("ЖБ-" + (char) c + "123")).as("U+%04X", c).isFalse();
        }
    }

    @Test
    void directionMarksKazakhLettersAndPairedSurrogatesAreKept() {
        // LRM, RLM, ALM: they turn nothing round, and Arabic-script Kazakh may need them
        for (String s : new String[] {"ID\u200E 42", "\u0642\u0627\u0632\u0627\u0642\u200F 1", "\u061C12",
            "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі", "Ақмарал \uD83D\uDE00"}) {
            assertThat(Texts.optional(s, "f", 300)).isEqualTo(s);
            assertThat(Texts.isPlainLine(s)).as(s).isTrue();
        }
        // and the older checks still hold
        assertThat(catchThrowableOfType(CertCopyException.class, () -> Texts.optional("a\u0000b", "f", 9)).code())
                .isEqualTo("INVALID_TEXT");
        assertThat(catchThrowableOfType(CertCopyException.class, () -> Texts.optional("a\uD800b", "f", 9)).code())
                .isEqualTo("INVALID_TEXT");
        assertThat(Texts.multiline("a\n\tb", "f", 9)).isEqualTo("a\n\tb");
    }
}
