package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.junit.jupiter.api.Test;

/** Which field of the wizard a refused registration's error is shown under. */
class WizardTest {

    private static Wizard form(String name, String address, String phone, boolean rep, String repDocument,
                               List<Wizard.Doc> docs) {
        return new Wizard("INDIVIDUAL", "850312300121", name, address, phone, rep, "Әлия Серікқызы",
                "850312300121", repDocument, "", docs, false);
    }

    private static final List<Wizard.Doc> ONE = List.of(new Wizard.Doc("Диплом", "", "", ""));

    @Test
    void addressAndPhoneErrorsGoUnderTheirOwnFieldsNotUnderTheName() {
        Wizard.FieldError address = catchThrowableOfType(Wizard.FieldError.class,
                () -> form("Айгүл", "Алматы ".repeat(100), "", false, "", ONE).toRegistration());
        assertThat(address.field()).isEqualTo("address");
        assertThat(address.error().code()).isEqualTo("TEXT_TOO_LONG");
        assertThat(Wizard.labelKey(address.error().args()[1])).isEqualTo("web.applicant.address");

        Wizard.FieldError phone = catchThrowableOfType(Wizard.FieldError.class,
                () -> form("Айгүл", "", "+7 701\u0000", false, "", ONE).toRegistration());
        assertThat(phone.field()).isEqualTo("phone");
        assertThat(phone.error().code()).isEqualTo("INVALID_TEXT");

        Wizard.FieldError name = catchThrowableOfType(Wizard.FieldError.class,
                () -> form(" ", "", "", false, "", ONE).toRegistration());
        assertThat(name.field()).isEqualTo("applicantName");
    }

    @Test
    void representativesMissingDocumentGoesUnderTheDocumentField() {
        Wizard.FieldError e = catchThrowableOfType(Wizard.FieldError.class,
                () -> form("Айгүл", "", "", true, "", ONE).toRegistration());
        assertThat(e.field()).isEqualTo("repDocument");
        assertThat(e.error().code()).isEqualTo("AUTHORITY_DOCUMENT_REQUIRED");
    }

    @Test
    void anOriginalsErrorNamesItsRow() {
        List<Wizard.Doc> docs = List.of(new Wizard.Doc("Диплом", "", "", ""), new Wizard.Doc("", "", "", ""),
                new Wizard.Doc("Куәлік", "", "", "Әділет\u0007"));
        Wizard.FieldError e = catchThrowableOfType(Wizard.FieldError.class,
                () -> form("Айгүл", "", "", false, "", docs).toRegistration());
        assertThat(e.field()).isEqualTo("doc2");
        assertThat(e.row()).isEqualTo(3);
        assertThat(Wizard.labelKey(e.error().args()[0])).isEqualTo("web.doc.issuer");
        assertThat(Wizard.labelKey("nonsense")).isNull();
    }

    @Test
    void aRegistrationErrorNamingAFieldGoesUnderThatFieldAndRow() {
        // blank rows are not sent: the second original sent (originals[1]) is the third row of the form
        List<Wizard.Doc> docs = List.of(new Wizard.Doc("Диплом", "", "", ""), new Wizard.Doc("", "", "", ""),
                new Wizard.Doc("Куәлік", "", "2999-01-01", ""));
        Wizard form = form("Айгүл", "", "", true, "Сенімхат", docs);
        Wizard.FieldError date = form.locate(new CertCopyException("IMPLAUSIBLE_DATE", ErrorKind.INVALID_INPUT,
                "originals[1].date"));
        assertThat(date.field()).isEqualTo("doc2");
        assertThat(date.row()).isEqualTo(3);
        assertThat(Wizard.labelKey("originals[1].date")).isEqualTo("web.doc.date");
        assertThat(Wizard.labelKey("originals[0].kind")).isEqualTo("web.doc.kind");

        // an IIN born in the future: the representative's goes under the representative's IIN, not the applicant's
        Wizard.FieldError rep = form.locate(new CertCopyException("INVALID_IIN", ErrorKind.INVALID_INPUT,
                "representative.iin"));
        assertThat(rep.field()).isEqualTo("repIin");
        assertThat(rep.row()).isZero();
        assertThat(form.locate(new CertCopyException("INVALID_IIN", ErrorKind.INVALID_INPUT, "applicant.iin"))
                .field()).isEqualTo("applicantId");
        // without a field, by its code as before
        assertThat(form.locate(new CertCopyException("NO_DOCUMENTS", ErrorKind.INVALID_INPUT)).field())
                .isEqualTo("doc0");
        assertThat(form.locate(new CertCopyException("UNKNOWN_CENTER", ErrorKind.UNPROCESSABLE)).field())
                .isEqualTo("form");
    }
}
