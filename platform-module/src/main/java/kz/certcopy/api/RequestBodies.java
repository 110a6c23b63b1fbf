package kz.certcopy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.ApplicantId;
import kz.certcopy.applicant.Bin;
import kz.certcopy.applicant.Iin;
import kz.certcopy.applicant.Representative;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;

/** JSON bodies the API accepts, and their conversion into domain values (where validation happens). */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** Register a consent: the applicant has either {@code iin} (individual) or {@code bin} (legal entity). */
    public record Registration(String centerId, ApplicantBody applicant, RepresentativeBody representative,
                               List<OriginalBody> originals, Boolean electronicMedia, LocalDate consentDate) {

        RegistrationForm toForm() {
            if (applicant == null) {
                throw new CertCopyException("APPLICANT_REQUIRED", ErrorKind.INVALID_INPUT);
            }
            List<OriginalDocument> docs = new ArrayList<>();
            for (int i = 0; originals != null && i < originals.size(); i++) {
                OriginalBody o = originals.get(i) == null ? new OriginalBody(null, null, null, null) : originals.get(i);
                docs.add(o.toDocument("originals[" + i + "]"));
            }
            return new RegistrationForm(centerId, applicant.toApplicant(),
                    representative == null ? null : representative.toRepresentative(), docs,
                    Boolean.TRUE.equals(electronicMedia), consentDate);
        }
    }

    public record ApplicantBody(String iin, String bin, String fullName, String address, String phone) {

        Applicant toApplicant() {
            boolean hasIin = iin != null && !iin.isBlank();
            boolean hasBin = bin != null && !bin.isBlank();
            if (hasIin == hasBin) {
                throw new CertCopyException("APPLICANT_ID_REQUIRED", ErrorKind.INVALID_INPUT);
            }
            ApplicantId id = hasIin ? Iin.of(iin, "applicant.iin") : Bin.of(bin, "applicant.bin");
            return new Applicant(id, fullName, address, phone);
        }
    }

    public record RepresentativeBody(String fullName, String iin, String authorityDocument, LocalDate authorityDate) {

        Representative toRepresentative() {
            return new Representative(fullName, Iin.of(iin, "representative.iin"), authorityDocument, authorityDate);
        }
    }

    /** A paper original: kind (e.g. "Диплом"), its number, date and issuer. */
    public record OriginalBody(String kind, String number, LocalDate date, String issuer) {

        /** As the whole body (adding one original): errors name {@code kind}, {@code number}, {@code issuer}. */
        OriginalDocument toDocument() {
            return new OriginalDocument(kind, number, date, issuer);
        }

        /** As the element at {@code path} of a registration: errors name e.g. {@code originals[0].kind}. */
        OriginalDocument toDocument(String path) {
            return OriginalDocument.at(path, kind, number, date, issuer);
        }
    }

    /**
     * Refuse one or more originals: for each, the grounds of item 9 of the rule ({@code grounds}, one or more) and
     * the justification. The single {@code ground} of API v1's first version is still read as a list of one; giving
     * both is an error rather than a guess which one was meant.
     */
    public record RefusalBody(List<RefusalItemBody> items) {

        List<RefusalItem> toItems() {
            if (items == null || items.isEmpty()) {
                throw new CertCopyException("NO_REFUSAL_ITEMS", ErrorKind.INVALID_INPUT);
            }
            List<RefusalItem> out = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                RefusalItemBody i = items.get(k);
                if (i == null || i.original() == null) {
                    throw new CertCopyException("ORIGINAL_NOT_FOUND", ErrorKind.INVALID_INPUT, "?");
                }
                if (i.ground() != null && i.grounds() != null) {
                    throw new CertCopyException("REFUSAL_GROUND_AMBIGUOUS", ErrorKind.INVALID_INPUT, i.original());
                }
                List<RefusalGround> grounds = i.ground() != null ? List.of(i.ground()) : i.grounds();
                // checked here first so that a bad text is named by its path in the body, as originals' fields are
                String details = Texts.multiline(i.details(), "items[" + k + "].details", RefusalItem.MAX_DETAILS);
                out.add(RefusalItem.of(i.original(), grounds, details));
            }
            return out;
        }
    }

    /** {@code grounds} (preferred) or the single {@code ground} (kept for clients of the first version). */
    public record RefusalItemBody(Integer original, List<RefusalGround> grounds, RefusalGround ground,
                                  String details) {
    }
}
