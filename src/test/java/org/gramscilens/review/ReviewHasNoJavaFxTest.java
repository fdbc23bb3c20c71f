package org.gramscilens.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The review package is domain code: the CLI and the views share it, so it never depends on JavaFX or the ui. */
class ReviewHasNoJavaFxTest {

    @Test
    void reviewDependsOnNeitherJavaFxNorTheUi() {
        noClasses().that().resideInAPackage("org.gramscilens.review..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.gramscilens.ui..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.gramscilens.review"));
    }
}
