package org.gramscilens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.gramscilens.cli.Gui;
import org.gramscilens.ui.DesktopGui;
import org.junit.jupiter.api.Test;

/**
 * The whole layering of the code in one place (docs/architecture.md explains it). From the bottom: the
 * shared helpers ({@code files}, {@code i18n}); {@code markdown.syntax}, the JavaFX-free reading of Markdown;
 * the domain packages; {@code markdown}, which turns Markdown into JavaFX nodes; the outputs (handouts and
 * slides); the desktop app ({@code ui}); the command line ({@code cli}); and {@code Main}. No package takes part
 * in a cycle, and no package below the desktop app uses JavaFX except {@code markdown}.
 */
class ArchitectureTest {
    private static final String[] DOMAIN = {
        "org.gramscilens.course..",
        "org.gramscilens.quiz..",
        "org.gramscilens.progress..",
        "org.gramscilens.review..",
        "org.gramscilens.map..",
        "org.gramscilens.search..",
        "org.gramscilens.settings..",
        "org.gramscilens.xapi.."
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gramscilens");

    @Test
    void layersAreRespected() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Shared")
                .definedBy("org.gramscilens.files..", "org.gramscilens.i18n..")
                .layer("Syntax")
                .definedBy("org.gramscilens.markdown.syntax..")
                .layer("Domain")
                .definedBy(DOMAIN)
                .layer("Render")
                .definedBy("org.gramscilens.markdown")
                .layer("Output")
                .definedBy("org.gramscilens.handout..", "org.gramscilens.slides..")
                .layer("Ui")
                .definedBy("org.gramscilens.ui..")
                .layer("Cli")
                .definedBy("org.gramscilens.cli..")
                .layer("Main")
                .definedBy("org.gramscilens")
                .whereLayer("Main")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Ui")
                .mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Output")
                .mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Render")
                .mayOnlyBeAccessedByLayers("Ui")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Render", "Output", "Ui", "Cli")
                .whereLayer("Syntax")
                .mayOnlyBeAccessedByLayers("Domain", "Render", "Output", "Ui", "Cli")
                // The command line's port to the desktop app: cli defines Gui, ui implements it, Main joins them.
                .ignoreDependency(DesktopGui.class, Gui.class)
                .check(CLASSES);
    }

    @Test
    void noPackageTakesPartInACycle() {
        slices().matching("org.gramscilens.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheDesktopAppAndTheRendererUseJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.gramscilens.ui..", "org.gramscilens.markdown")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..")
                .check(CLASSES);
    }

    @Test
    void slidesDoNotDependOnHandouts() {
        noClasses()
                .that()
                .resideInAPackage("org.gramscilens.slides..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gramscilens.handout..")
                .check(CLASSES);
    }
}
