package org.gramscilens.quiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The quiz domain is plain Java: the command line and plain JUnit tests use it without a toolkit. */
class QuizHasNoJavaFxTest {

    @Test
    void quizPackageDoesNotDependOnJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gramscilens.quiz");
        noClasses().that().resideInAPackage("org.gramscilens.quiz..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.gramscilens.ui..")
                .check(classes);
    }
}
