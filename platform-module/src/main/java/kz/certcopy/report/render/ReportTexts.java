package kz.certcopy.report.render;

/** The localized strings of a report in one language ({@code i18n/retention_*}, {@code i18n/messages_*}). */
@FunctionalInterface
public interface ReportTexts {

    String get(String key, Object... args);
}
