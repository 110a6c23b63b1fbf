package kz.certcopy.center;

import java.util.Objects;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;

/**
 * An authorized center employee (ХҚКО қызметкері / работник ЦОН), bound to exactly one center.
 * {@code certificateIin} is the IIN written in the clerk's own signing certificate: it must be twelve digits but is
 * deliberately not check-digit validated, because NCA RK test certificates carry IINs such as 123456789012 that fail
 * the check digit. Applicants' IINs are always fully validated ({@link kz.certcopy.applicant.Iin}).
 */
public record Clerk(String username, String fullName, String certificateIin, String centerId) {

    public Clerk {
        username = Texts.required(username, "username", "USERNAME_REQUIRED", 100);
        fullName = Texts.required(fullName, "fullName", "FULL_NAME_REQUIRED", 300);
        Objects.requireNonNull(centerId, "centerId");
        if (certificateIin == null || !certificateIin.matches("\\d{12}")) {
            throw new CertCopyException("INVALID_IIN", ErrorKind.INVALID_INPUT);
        }
    }

    @Override
    public String toString() {
        return "Clerk[" + username + ", " + centerId + "]";
    }
}
