package kz.certcopy.retention;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The retention and report cores stay plain Java; their JDBC, web and configuration adapters sit beside them. */
class RetentionPurityTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.certcopy.retention", "kz.certcopy.report");

    @Test
    void coreImportsNoFrameworksNorAdapters() {
        noClasses().that().resideInAnyPackage("kz.certcopy.retention", "kz.certcopy.report")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "tools.jackson..", "kz.certcopy.retention.jdbc..",
                        "kz.certcopy.retention.web..", "kz.certcopy.retention.config..", "kz.certcopy.report.jdbc..",
                        "kz.certcopy.report.web..", "kz.certcopy.storage..")
                .check(MAIN);
    }
}
