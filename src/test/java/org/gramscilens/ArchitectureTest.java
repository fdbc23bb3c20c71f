package org.gramscilens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's one rule: domain packages never import JavaFX, and nothing depends on the ui package but Main. */
class ArchitectureTest {
    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gramscilens");

    @Test
    void domainPackagesDoNotUseJavaFx() {
        // Named in full: "..quiz.." and "..progress.." would also match the views in ui.quiz and ui.progress.
        noClasses().that().resideInAnyPackage("org.gramscilens.course..", "org.gramscilens.quiz..",
                        "org.gramscilens.map..", "org.gramscilens.progress..", "org.gramscilens.cli..",
                        "org.gramscilens.search..", "org.gramscilens.settings..", "org.gramscilens.review..",
                        "org.gramscilens.files..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyMainDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackage("org.gramscilens.ui..")
                .and().doNotHaveFullyQualifiedName("org.gramscilens.Main")
                .should().dependOnClassesThat().resideInAPackage("org.gramscilens.ui..")
                .check(classes);
    }
}
