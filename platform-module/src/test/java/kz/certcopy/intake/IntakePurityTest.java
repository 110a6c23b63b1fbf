package kz.certcopy.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The intake engine is plain Java; only its config and persistence adapters know Spring and SQL. */
class IntakePurityTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.certcopy.intake");

    private static final String[] ENGINE = {"kz.certcopy.intake", "kz.certcopy.intake.analysis..",
        "kz.certcopy.intake.assembly..", "kz.certcopy.intake.detection..", "kz.certcopy.intake.hints..",
        "kz.certcopy.intake.limits..", "kz.certcopy.intake.mark..", "kz.certcopy.intake.pages..",
        "kz.certcopy.intake.cli.."};

    @Test
    void engineImportsNoFrameworks() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..")
                .check(MAIN);
    }

    @Test
    void engineDoesNotReachIntoItsAdapters() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("kz.certcopy.intake.config..",
                        "kz.certcopy.intake.persistence..", "kz.certcopy.api..", "kz.certcopy.config..")
                .check(MAIN);
    }
}
