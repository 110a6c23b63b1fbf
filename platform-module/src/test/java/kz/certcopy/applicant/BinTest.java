package kz.certcopy.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.certcopy.common.CertCopyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinTest {

    @Test
    void acceptsAValidBin() {
        // BIN from an NCA RK test certificate (ministry of justice test organisation): registered 2007-08, resident
        Bin bin = Bin.of("070840007503");
        assertThat(bin.legalEntityType()).isEqualTo(4);
    }

    @Test
    void typeDigitsFiveAndSixAreAccepted() {
        assertThat(Bin.of(withCheck("07085000750")).legalEntityType()).isEqualTo(5);
        assertThat(Bin.of(withCheck("07086000751")).legalEntityType()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "070840007504", // wrong check digit
        "123456789021", // NCA RK test-certificate BIN: type digit 5 is fine, check digit is not
        "071340007503", // month 13
        "07083000750x",
        "0708400075"
    })
    void rejectsInvalid(String value) {
        assertThatThrownBy(() -> Bin.of(value)).isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("INVALID_BIN");
    }

    @Test
    void rejectsTypeDigitOutside4To6EvenWithCorrectCheckDigit() {
        String type3 = withCheck("07083000750");
        assertThat(KzIdCheckDigit.valid(type3)).isTrue();
        assertThatThrownBy(() -> Bin.of(type3)).isInstanceOf(CertCopyException.class);
    }

    private static String withCheck(String eleven) {
        int d = KzIdCheckDigit.compute(eleven + "0");
        if (d < 0) {
            throw new IllegalArgumentException("no check digit for " + eleven);
        }
        return eleven + d;
    }
}
