package kz.certcopy.signing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The crypto core stays framework-free: Spring only in signing.config. */
class ArchitectureTest {

    @Test
    void onlyTheConfigurationPackageKnowsSpring() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.certcopy.signing");
        noClasses().that().resideOutsideOfPackage("kz.certcopy.signing.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }
}
