package org.gramscilens.ui.classview;

import java.io.File;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.xapi.ClassReport;
import org.gramscilens.xapi.ClassReportWriter;
import org.gramscilens.xapi.LrsClient;
import org.gramscilens.xapi.StatementFiles;
import org.gramscilens.xapi.XapiCourse;

/**
 * File → Class Results…: the class's results from the LRS or from a folder of statement files, built off the
 * FX thread with its progress shown, then per question (a virtualised table), per module and as a mastery
 * distribution (charts), the shared reflections one by one, and export as CSV or HTML through the same
 * {@link ClassReport} and {@link ClassReportWriter} as {@code class report}.
 */
final class ClassResultsWindow {

    private final Stage stage = new Stage();
    private final Course course;
    private final MarkdownParser parser;
    private final ClassSettings settings;
    private final RadioButton fromLrs = new RadioButton(ClassMessages.get("results.fromLrs"));
    private final RadioButton fromFolder = new RadioButton(ClassMessages.get("results.fromFolder"));
    private final Label folderLabel = new Label(ClassMessages.get("results.folderNone"));
    private final Button build = new Button(ClassMessages.get("results.build"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final ResultsTabs tabs = new ResultsTabs();
    private final Button exportCsv = new Button(ClassMessages.get("results.exportCsv"));
    private final Button exportHtml = new Button(ClassMessages.get("results.exportHtml"));
    private Path folder;
    private ClassReport report;

    ClassResultsWindow(Stage owner, Course course, MarkdownParser parser, ClassSettings settings) {
        this.course = course;
        this.parser = parser;
        this.settings = settings;
        stage.initOwner(owner);
        stage.setTitle(
                ClassMessages.get("results.title") + " — " + course.info().title());

        ToggleGroup source = new ToggleGroup();
        fromLrs.setToggleGroup(source);
        fromFolder.setToggleGroup(source);
        fromLrs.setId("results-from-lrs");
        fromFolder.setId("results-from-folder");
        (settings.hasLrs() ? fromLrs : fromFolder).setSelected(true);
        Button choose = new Button(ClassMessages.get("results.chooseFolder"));
        choose.setOnAction(e -> chooseFolder());
        folderLabel.setId("results-folder");
        build.setId("results-build");
        build.setDefaultButton(true);
        build.setOnAction(e -> build());
        progress.setId("results-progress");
        progress.setVisible(false);
        message.setId("results-message");
        message.setWrapText(true);
        exportCsv.setId("results-export-csv");
        exportHtml.setId("results-export-html");
        exportCsv.setDisable(true);
        exportHtml.setDisable(true);
        exportCsv.setOnAction(e -> export(false));
        exportHtml.setOnAction(e -> export(true));

        HBox folderRow = new HBox(8, fromFolder, choose, folderLabel);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(8, build, progress, grow, exportCsv, exportHtml);
        VBox top = new VBox(8, fromLrs, folderRow, actions, message);
        top.setPadding(new Insets(10));
        top.getStyleClass().add("results-top");
        BorderPane root = new BorderPane(tabs.node());
        root.setTop(top);
        root.setId("class-results");
        root.getStyleClass().add("class-results");
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** The folder of statement files to read (what the folder chooser sets). */
    void setFolder(Path dir) {
        folder = dir;
        folderLabel.setText(dir.toString());
        fromFolder.setSelected(true);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ClassMessages.get("results.fromFolder"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            setFolder(dir.toPath());
        }
    }

    void build() {
        boolean lrs = fromLrs.isSelected();
        if (lrs && !settings.hasLrs()) {
            message.setText(ClassMessages.get("results.noLrs"));
            return;
        }
        if (!lrs && folder == null) {
            message.setText(ClassMessages.get("results.noFolder"));
            return;
        }
        Path dir = folder;
        Task<ClassReport> task = new Task<>() {
            @Override
            protected ClassReport call() throws Exception {
                updateMessage(
                        lrs ? ClassMessages.get("results.reading", 0, "…") : ClassMessages.get("results.readingFiles"));
                ClassReport r = new ClassReport(XapiCourse.of(course, CourseQuestions.load(course), parser), null);
                if (lrs) {
                    LrsClient client = new LrsClient(
                            URI.create(settings.endpoint()), settings.key(), settings.secret(), Duration.ofSeconds(30));
                    r.addFrom(client, (done, total) -> {
                        updateProgress(done, total);
                        updateMessage(ClassMessages.get("results.reading", done, total));
                    });
                } else {
                    r.add(StatementFiles.read(dir));
                }
                return r;
            }
        };
        build.setDisable(true);
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(task.getValue(), null));
        task.setOnFailed(e -> finished(null, task.getException()));
        Thread t = new Thread(task, "class-results");
        t.setDaemon(true);
        t.start();
    }

    private void finished(ClassReport r, Throwable failure) {
        build.setDisable(false);
        progress.progressProperty().unbind();
        progress.setVisible(false);
        message.textProperty().unbind();
        if (r == null) {
            message.setText(ClassMessages.get("results.failed", failure == null ? "" : failure.getMessage()));
            return;
        }
        report = r;
        tabs.show(r);
        message.setText(
                ClassMessages.get("results.summary", r.learnerCount(), r.statementCount(), tabs.questionCount()));
        exportCsv.setDisable(false);
        exportHtml.setDisable(false);
    }

    private void export(boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(html ? "class-results.html" : "class-results.csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export(file.toPath(), html);
        }
    }

    /** Writes the results shown to {@code target} in the background; the outcome is shown under the buttons. */
    void export(Path target, boolean html) {
        ClassReport r = report;
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                AtomicWrite.write(target, out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    if (html) {
                        ClassReportWriter.html(r, w);
                    } else {
                        ClassReportWriter.csv(r, w);
                    }
                    w.flush();
                });
                return null;
            }
        };
        task.setOnSucceeded(e -> message.setText(ClassMessages.get("results.exported", target)));
        task.setOnFailed(e -> message.setText(
                ClassMessages.get("results.exportFailed", task.getException().getMessage())));
        Thread t = new Thread(task, "class-results-export");
        t.setDaemon(true);
        t.start();
    }

    ResultsTabs tabs() {
        return tabs;
    }
}
