package org.gramscilens.progress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The progress store is domain code: no JavaFX, so the CLI and plain tests can use it (DESIGN.md). */
class ProgressArchitectureTest {

    @Test
    void progressNeverUsesJavaFx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gramscilens.progress");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }
}
