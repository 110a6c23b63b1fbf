package kz.certcopy.certification;

import java.time.LocalDate;
import java.util.List;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Representative;

/**
 * What the clerk enters to register a consent: the center (null = the clerk's own), the applicant, an optional
 * representative, the originals, the electronic-media wish and the consent date (null = today).
 */
public record RegistrationForm(String centerId, Applicant applicant, Representative representative,
                               List<OriginalDocument> originals, boolean electronicMedia, LocalDate consentDate) {

    public RegistrationForm {
        originals = originals == null ? List.of() : List.copyOf(originals);
    }
}
