package kz.certcopy.forms;

/**
 * The Public Service Center as the annexes name it: its full official name including city and district, e.g.
 * kk «Алматы қаласы Алмалы ауданының халыққа қызмет көрсету орталығы», ru «Центр обслуживания населения
 * Алмалинского района города Алматы».
 */
public record ServiceCenterDetails(LocalizedText name) {

    public ServiceCenterDetails {
        FormChecks.required("center.name", name);
    }
}
