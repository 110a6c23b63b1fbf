package kz.certcopy.signing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import kz.certcopy.signing.TestData;
import org.junit.jupiter.api.Test;

class IdentityReaderTest {

    @Test
    void legalEntityEmployeeCertificate() {
        CertificateIdentity id = IdentityReader.read(
                TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12").certificate());
        assertThat(id.iin()).isEqualTo("123456789012");
        assertThat(id.bin()).isEqualTo("123456789021");
        assertThat(id.organisation()).isEqualTo("АО \"ТЕСТ\"");
        assertThat(id.commonName()).isEqualTo("ТЕСТТОВ ТЕСТТ");
        assertThat(id.purpose()).isEqualTo(KeyPurpose.SIGNING);
        assertThat(id.kind()).isEqualTo(SubjectKind.LEGAL_ENTITY_SIGN_RIGHT);
        assertThat(id.policies()).containsExactly("1.2.398.3.3.2");
        assertThat(id.issuerCommonName()).contains("TEST 2022");
        assertThat(id.toString()).doesNotContain("123456789012");
    }

    @Test
    void individualAndAuthCertificates() {
        CertificateIdentity ind = IdentityReader.read(TestData.key("gost2015-512/2026_individual_valid.p12").certificate());
        assertThat(ind.bin()).isNull();
        assertThat(ind.kind()).isEqualTo(SubjectKind.INDIVIDUAL);
        CertificateIdentity auth = IdentityReader.read(TestData.cert("certs/2022_individual_auth_rsa.cer"));
        assertThat(auth.purpose()).isEqualTo(KeyPurpose.AUTHENTICATION);
        assertThat(auth.purpose().mayCertify()).isFalse();
        assertThat(IdentityReader.read(TestData.key("gost2015-512/2026_legal_valid_infosystem.p12").certificate()).kind())
                .isEqualTo(SubjectKind.TREASURY_K2);
    }

    @Test
    void clerkPolicyRefusesAuthOnlyInformationSystemsAndForeignRoles() {
        ClerkCertificatePolicy policy = new ClerkCertificatePolicy(ClerkCertificatePolicy.DEFAULT_ROLES);
        assertThatThrownBy(() -> policy.check(TestData.cert("certs/2022_individual_auth_rsa.cer")))
                .extracting("code").isEqualTo("CERT_WRONG_USAGE");
        // an organisation's seal (information-system certificate): refused as a seal, not as a wrong usage
        assertThatThrownBy(() -> policy.check(TestData.key("gost2015-512/2026_legal_valid_treasury_client.p12").certificate()))
                .extracting("code").isEqualTo("CERT_ORGANISATION_SEAL");
        assertThatThrownBy(() -> new ClerkCertificatePolicy(Set.of())
                .check(TestData.key("gost2015-512/2026_legal_valid_treasury_client.p12").certificate()))
                .extracting("code").isEqualTo("CERT_ORGANISATION_SEAL");
        assertThatThrownBy(() -> policy.check(TestData.key("gost2015-512/2026_legal_valid_infosystem.p12").certificate()))
                .extracting("code").isEqualTo("CERT_WRONG_USAGE");
        assertThatThrownBy(() -> policy.check(TestData.key("gost2015-512/2026_individual_valid.p12").certificate()))
                .extracting("code").isEqualTo("CERT_WRONG_USAGE");
        assertThat(policy.check(TestData.key("gost2015-512/2026_legal_valid_employee.p12").certificate()).kind())
                .isEqualTo(SubjectKind.LEGAL_ENTITY_EMPLOYEE);
        assertThat(new ClerkCertificatePolicy(Set.of())
                .check(TestData.key("gost2015-512/2026_individual_valid.p12").certificate()).iin())
                .isEqualTo("123456789011");
    }
}
