package kz.certcopy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain packages stay plain Java: adapters depend on them, never the other way round. */
class DomainPurityTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.certcopy");

    @Test
    void domainImportsNoFrameworks() {
        noClasses().that().resideInAnyPackage("kz.certcopy.applicant..", "kz.certcopy.center..",
                        "kz.certcopy.certification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..")
                .check(MAIN);
    }

    @Test
    void domainDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage("kz.certcopy.applicant..", "kz.certcopy.center..",
                        "kz.certcopy.certification..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.certcopy.storage..", "kz.certcopy.api..",
                        "kz.certcopy.config..")
                .check(MAIN);
    }
}
