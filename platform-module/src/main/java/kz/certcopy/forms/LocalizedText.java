package kz.certcopy.forms;

/** A text kept in the state language and in Russian (e.g. a center's official name); English is optional. */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        FormChecks.required("kk", kk);
        FormChecks.required("ru", ru);
        FormChecks.limit("kk", kk, FormChecks.LONG_TEXT);
        FormChecks.limit("ru", ru, FormChecks.LONG_TEXT);
        FormChecks.limit("en", en, FormChecks.LONG_TEXT);
    }

    public LocalizedText(String kk, String ru) {
        this(kk, ru, null);
    }

    /** The text in {@code language}; English falls back to Russian when no English text is kept. */
    public String in(FormLanguage language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en == null || en.isBlank() ? ru : en;
        };
    }
}
