package org.gramscilens.ui.progress;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gramscilens.ui.common.Messages;

/**
 * The learner's progress: what is due for review (with "Start review"), mastery per module as bars,
 * scores over time as a line chart, the reflection journal, and export to CSV or JSON. The figures are read
 * again each time the dashboard is added to a scene (or on {@link DashboardModel#refresh()}). Built in code;
 * styles in {@code quiz.css} ({@code dash-*}). Ids for tests: {@code #dash-due}, {@code #dash-start-review},
 * {@code #dash-mastery}, {@code #dash-chart}, {@code #dash-journal}, {@code #dash-export-csv},
 * {@code #dash-export-json}, {@code #dash-export-status}.
 */
public final class ProgressDashboard {

    /** Asks where to save an export; empty when the learner cancels. */
    public interface ExportTarget extends Function<ExportFormat, Optional<Path>> {}

    private final DashboardModel model;
    private final ScrollPane scroll = new ScrollPane();
    private VBox page;
    private final ExportTarget target;
    private final DateTimeFormatter dates;

    /** Export locations are asked with a file chooser. */
    public ProgressDashboard(DashboardModel model, Runnable startReview) {
        this(model, startReview, null);
    }

    /** @param target where to export; null for a file chooser */
    public ProgressDashboard(DashboardModel model, Runnable startReview, ExportTarget target) {
        this.model = Objects.requireNonNull(model, "model");
        this.target = target != null ? target : this::chooseFile;
        this.dates = model.dates();
        VBox page = new VBox(
                header(),
                review(startReview),
                new MasteryBars(model, dates).node(),
                new ScoreChart(model).node(),
                new ReflectionJournal(model, dates).node(),
                exports());
        this.page = page;
        page.getStyleClass().add("dash-page");
        VBox column = new VBox(page);
        column.getStyleClass().add("dash-column");
        scroll.setContent(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dash-scroll");
        scroll.setId("dash-view");
        scroll.sceneProperty().addListener((o, was, now) -> shown(now));
    }

    /** Reads the progress again whenever the dashboard is put on screen. */
    private void shown(javafx.scene.Scene scene) {
        if (scene != null) {
            model.refresh();
        }
    }

    /** Adds a card of another part of the app (the concept-map exercises) above the export buttons. */
    public void addCard(Node card) {
        page.getChildren().add(page.getChildren().size() - 1, card);
    }

    public Node node() {
        return scroll;
    }

    public DashboardModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label(Messages.get("dash.title"));
        title.getStyleClass().add("dash-title");
        Label summary = new Label();
        summary.getStyleClass().add("dash-subtitle");
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get(
                                "dash.subtitle",
                                model.attemptCountProperty().get(),
                                Math.round(model.overallProperty().get() * 100)),
                        model.attemptCountProperty(),
                        model.overallProperty()));
        VBox box = new VBox(title, summary);
        box.getStyleClass().add("dash-header");
        return box;
    }

    private Node review(Runnable startReview) {
        Label due = new Label();
        due.setId("dash-due");
        due.getStyleClass().add("dash-due");
        due.setWrapText(true);
        due.textProperty()
                .bind(Bindings.createStringBinding(this::dueText, model.dueCountProperty(), model.nextDueProperty()));
        Button start = new Button(Messages.get("dash.startReview"));
        start.setId("dash-start-review");
        start.getStyleClass().add("dash-primary");
        start.setMnemonicParsing(true);
        start.disableProperty().bind(model.dueCountProperty().isEqualTo(0));
        // Shown only when there is something to review, and never squeezed into "...".
        start.visibleProperty().bind(model.dueCountProperty().greaterThan(0));
        start.managedProperty().bind(start.visibleProperty());
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setOnAction(e -> startReview.run());
        HBox box = new HBox(due, start);
        box.getStyleClass().addAll("dash-card", "dash-review");
        return box;
    }

    private String dueText() {
        int n = model.dueCountProperty().get();
        if (n > 0) {
            return Messages.get("dash.due", n);
        }
        return model.nextDueProperty().get() == null
                ? Messages.get("dash.dueNone")
                : Messages.get(
                        "dash.dueNext", dates.format(model.nextDueProperty().get()));
    }

    private Node exports() {
        Label heading = DashboardCards.heading("dash.export.title");
        Button csv = exportButton("dash-export-csv", "dash.export.csv", ExportFormat.CSV);
        Button json = exportButton("dash-export-json", "dash.export.json", ExportFormat.JSON);
        Label status = new Label();
        status.setId("dash-export-status");
        status.getStyleClass().add("dash-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.exportStatusProperty());
        Label note = new Label(Messages.get("dash.export.note"));
        note.getStyleClass().add("dash-muted");
        note.setWrapText(true);
        HBox buttons = new HBox(csv, json);
        buttons.getStyleClass().add("dash-buttons");
        VBox box = new VBox(heading, note, buttons, status);
        box.getStyleClass().add("dash-card");
        return box;
    }

    private Button exportButton(String id, String key, ExportFormat format) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.disableProperty().bind(model.exportingProperty());
        b.setOnAction(e -> export(format));
        return b;
    }

    private void export(ExportFormat format) {
        target.apply(format).ifPresent(file -> model.export(format, file));
    }

    private Optional<Path> chooseFile(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dash.export.chooserTitle"));
        chooser.setInitialFileName(model.suggestedFileName(format));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.get(format == ExportFormat.CSV ? "dash.export.csvFiles" : "dash.export.jsonFiles"),
                        "*." + format.extension()));
        Window owner = scroll.getScene() == null ? null : scroll.getScene().getWindow();
        java.io.File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }
}
