package kz.certcopy.forms;

import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * The user-visible strings of the forms in one language, from {@code i18n/forms_<lang>.properties} (UTF-8).
 * No fallback between languages: a key missing in Kazakh must fail, not silently print Russian.
 */
final class FormTexts {

    static final String BUNDLE = "i18n/forms";

    private final ResourceBundle bundle;

    private FormTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static FormTexts of(FormLanguage language) {
        return new FormTexts(ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text under {@code key} with {@code {0}}, {@code {1}}, … replaced verbatim by the arguments. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A date the way the annexes print it: «03» желтоқсан 2026 ж. / «03» декабря 2026 г. */
    String date(LocalDate date) {
        return get("date.template", String.format("%02d", date.getDayOfMonth()),
                get("month." + date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** A date inside a table cell: dd.MM.yyyy, the same in every language. */
    static String shortDate(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    String applicantIdentifier(ApplicantDetails applicant) {
        String key = applicant.kind() == ApplicantKind.INDIVIDUAL ? "applicant.iin" : "applicant.bin";
        return get(key, applicant.identifier());
    }
}
