package kz.certcopy.forms;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Annex 2 (the reasoned refusal) prints. {@code requestReference}, {@code executorName} (defaults to
 * the clerk) and {@code executorPhone} may be null.
 */
public record RefusalNoticeData(
        FormLanguage language,
        String requestReference,
        ServiceCenterDetails center,
        ApplicantDetails applicant,
        List<RefusedOriginal> originals,
        LocalDate date,
        String clerkPosition,
        String clerkName,
        String executorName,
        String executorPhone) {

    public RefusalNoticeData {
        FormChecks.required("language", language);
        FormChecks.required("center", center);
        FormChecks.required("applicant", applicant);
        FormChecks.required("originals", originals);
        FormChecks.required("date", date);
        FormChecks.required("clerkPosition", clerkPosition);
        FormChecks.required("clerkName", clerkName);
        FormChecks.limit("originals", originals, FormChecks.ITEMS);
        FormChecks.limit("requestReference", requestReference, FormChecks.SHORT_TEXT);
        FormChecks.limit("clerkPosition", clerkPosition, FormChecks.SHORT_TEXT);
        FormChecks.limit("clerkName", clerkName, FormChecks.SHORT_TEXT);
        FormChecks.limit("executorName", executorName, FormChecks.SHORT_TEXT);
        FormChecks.limit("executorPhone", executorPhone, FormChecks.SHORT_TEXT);
        originals = List.copyOf(originals);
    }
}
