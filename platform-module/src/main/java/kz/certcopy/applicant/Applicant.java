package kz.certcopy.applicant;

import java.util.Objects;
import kz.certcopy.common.Texts;

/** The person or organisation asking for certified copies, as written in the consent (Annex 1). */
public record Applicant(ApplicantId id, String fullName, String address, String phone) {

    public Applicant {
        Objects.requireNonNull(id, "id");
        fullName = Texts.required(fullName, "applicant.fullName", "APPLICANT_NAME_REQUIRED", 300);
        address = Texts.optional(address, "applicant.address", 500);
        phone = Texts.optional(phone, "applicant.phone", 50);
    }

    public ApplicantKind kind() {
        return id.kind();
    }

    @Override
    public String toString() {
        return "Applicant[" + kind() + "]";
    }
}
