package kz.certcopy.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.certcopy.common.CertCopyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IinTest {

    @Test
    void acceptsAValidIinAndReadsDateAndSex() {
        Iin iin = Iin.of("850312300121");
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(iin.male()).isTrue();
        assertThat(Iin.of("950228400787").male()).isFalse();
        assertThat(Iin.of("060712600010").birthDate()).isEqualTo(LocalDate.of(2006, 7, 12));
    }

    @Test
    void checkDigitFromTheSecondPass() {
        // first pass over 85031230030 gives 10, the second pass (weights 3..11,1,2) gives 5
        assertThat(KzIdCheckDigit.compute("850312300305")).isEqualTo(5);
        assertThat(Iin.isValid("850312300305")).isTrue();
        assertThat(Iin.isValid("850312300304")).isFalse();
    }

    @Test
    void numberWhoseBothPassesGiveTenIsNeverValid() {
        assertThat(KzIdCheckDigit.compute("850312300380")).isEqualTo(-1);
        for (int d = 0; d <= 9; d++) {
            assertThat(Iin.isValid("85031230038" + d)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "850312300122", // wrong check digit
        "85031230012", // eleven digits
        "8503123001212", // thirteen digits
        "85031230012a", // not a digit
        "851312300129", // month 13
        "850230300125", // 30 February
        "850312700128", // century/sex digit 7
        "850312000120", // century/sex digit 0
        "123456789012", // NCA RK test-certificate IIN: fails the check digit and the date
        "",
        "٨٥٠٣١٢٣٠٠١٢١" // Arabic-Indic digits are not ASCII digits
    })
    void rejectsInvalid(String value) {
        assertThatThrownBy(() -> Iin.of(value)).isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("INVALID_IIN");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Iin.of(null)).isInstanceOf(CertCopyException.class);
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(Iin.of("850312300121").toString()).doesNotContain("85031230");
    }

    @Test
    void applicantIdDispatchesByKind() {
        assertThat(ApplicantId.of(ApplicantKind.INDIVIDUAL, "850312300121")).isInstanceOf(Iin.class);
        assertThat(ApplicantId.of(ApplicantKind.LEGAL_ENTITY, "070840007503")).isInstanceOf(Bin.class);
        assertThatThrownBy(() -> ApplicantId.of(ApplicantKind.LEGAL_ENTITY, "850312300121"))
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("INVALID_BIN");
    }
}
