package org.gramscilens.handout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rule for the seminar packages: slides and handouts never use JavaFX, so the CLI and tests run without it. */
class SeminarArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gramscilens.slides", "org.gramscilens.handout", "org.gramscilens.cli");

    @Test
    void slidesHandoutsAndExportDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("..slides..", "..handout..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void slidesDoNotDependOnHandouts() {
        noClasses().that().resideInAPackage("..slides..")
                .should().dependOnClassesThat().resideInAnyPackage("..handout..", "..cli..")
                .check(classes);
    }
}
