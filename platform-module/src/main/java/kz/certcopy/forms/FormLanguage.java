package kz.certcopy.forms;

import java.util.Locale;

/**
 * The language a form is printed in. The rule's annexes exist in Kazakh and Russian; each form is printed in
 * one of them (the applicant's choice). English is an unofficial rendering, used by the verification sheet.
 */
public enum FormLanguage {
    KK(Locale.forLanguageTag("kk")),
    RU(Locale.forLanguageTag("ru")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    FormLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
