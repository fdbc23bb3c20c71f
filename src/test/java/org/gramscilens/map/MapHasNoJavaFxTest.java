package org.gramscilens.map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The map domain is plain Java: the command line and plain JUnit tests use it without a toolkit. */
class MapHasNoJavaFxTest {

    @Test
    void mapPackageDoesNotDependOnJavaFxOrTheUi() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gramscilens.map");
        noClasses().that().resideInAPackage("org.gramscilens.map..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.gramscilens.ui..")
                .check(classes);
    }
}
