package org.gramscilens.ui.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.ui.common.Focus;
import org.gramscilens.ui.common.Messages;

/**
 * Chooses the learner at start: a list of profiles (the one chosen last preselected; Enter opens it) and a
 * field to create one by name. If opening found something the learner should know — a damaged progress
 * file kept aside with a backup to restore, or another copy of Gramsci Lens holding the profile so nothing
 * will be saved — it says so in plain words before going on. Ids for tests: {@code #profile-list},
 * {@code #profile-open}, {@code #profile-new-name}, {@code #profile-create}, {@code #profile-error},
 * {@code #profile-report}, {@code #profile-restore}, {@code #profile-restore-result}, {@code #profile-continue}.
 */
public final class ProfileChooser {
    private final ProfileChooserModel model;
    private final StackPane root = new StackPane();
    private final ListView<Profile> list = new ListView<>();
    private final TextField name = new TextField();
    private final Button open = new Button(Messages.get("profile.open"));
    private final Button proceed = new Button(Messages.get("profile.continue"));
    private final Node choosePage;
    private Node reportPage;
    private Runnable onDone = () -> {};

    public ProfileChooser(ProfileChooserModel model) {
        this.model = model;
        root.getStyleClass().add("profile-chooser");
        root.setId("profile-chooser");
        choosePage = choosePage();
        root.getChildren().setAll(choosePage);
        model.stepProperty().addListener((o, was, now) -> stepChanged());
        Focus.when(model.profiles().isEmpty() ? name : list);
    }

    public Node node() {
        return root;
    }

    public ProfileChooserModel model() {
        return model;
    }

    /** Runs once a profile is open and the learner has read what opening found. */
    public void setOnDone(Runnable action) {
        onDone = action == null ? () -> {} : action;
    }

    /**
     * Shows the chooser in a window of its own and waits. The learner's store, or empty if they closed the
     * window without choosing (the caller then decides: ask again, or quit).
     *
     * @param stylesheets the theme, app and quiz stylesheets, so the window looks like the rest
     */
    public static Optional<ProgressStore> showAndWait(Window owner, Profiles profiles, List<String> stylesheets) {
        ProfileChooser chooser = new ProfileChooser(new ProfileChooserModel(profiles));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("profile.title"));
        Scene scene = new Scene((Parent) chooser.node(), 560, 520);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        chooser.setOnDone(stage::hide);
        stage.showAndWait();
        ProfileChooserModel m = chooser.model();
        return m.stepProperty().get() == ProfileChooserModel.Step.DONE ? m.store() : Optional.empty();
    }

    private Node choosePage() {
        Label title = new Label(Messages.get("profile.title"));
        title.getStyleClass().add("profile-title");
        Label intro = muted(Messages.get("profile.intro"));
        list.setId("profile-list");
        list.getStyleClass().add("profile-list");
        list.setItems(model.profiles());
        list.setCellFactory(v -> new ProfileCell());
        list.setPlaceholder(muted(Messages.get("profile.none")));
        list.setPrefHeight(180);
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty()
                .addListener((o, was, now) -> list.getSelectionModel().select(now));
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, this::listClicked);
        // A ListView takes Enter for itself (to start editing), so the default button never sees it.
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        VBox.setVgrow(list, Priority.ALWAYS);
        open.setId("profile-open");
        open.setDefaultButton(true);
        open.getStyleClass().add("profile-primary");
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(e -> model.open());
        Label newLabel = new Label(Messages.get("profile.newLabel"));
        newLabel.getStyleClass().add("profile-heading");
        newLabel.setLabelFor(name);
        name.setId("profile-new-name");
        name.setPromptText(Messages.get("profile.newPrompt"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.setOnAction(this::createFromField);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = new Button(Messages.get("profile.create"));
        create.setId("profile-create");
        create.setOnAction(e -> model.create());
        Label error = muted("");
        error.setId("profile-error");
        error.getStyleClass().setAll("label", "profile-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label keys = muted(Messages.get("profile.keys"));
        keys.getStyleClass().add("profile-keys");
        HBox newRow = new HBox(name, create);
        newRow.getStyleClass().add("profile-row");
        HBox openRow = new HBox(open);
        openRow.getStyleClass().add("profile-row");
        VBox page = new VBox(title, intro, list, openRow, newLabel, newRow, error, keys);
        page.getStyleClass().add("profile-page");
        return page;
    }

    private Node reportPage() {
        Label title = new Label(Messages.get("profile.reportTitle"));
        title.getStyleClass().add("profile-title");
        Label report = muted("");
        report.setId("profile-report");
        report.getStyleClass().setAll("label", "profile-report");
        report.textProperty().bind(model.reportProperty());
        Button restore = new Button(Messages.get("profile.restore"));
        restore.setId("profile-restore");
        restore.visibleProperty().bind(model.canRestoreProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> model.restoreBackup());
        Label restored = muted("");
        restored.setId("profile-restore-result");
        restored.textProperty().bind(model.restoreResultProperty());
        restored.visibleProperty().bind(model.restoreResultProperty().isNotEmpty());
        restored.managedProperty().bind(restored.visibleProperty());
        proceed.setId("profile-continue");
        proceed.setDefaultButton(true);
        proceed.getStyleClass().add("profile-primary");
        proceed.setOnAction(e -> model.proceed());
        HBox buttons = new HBox(restore, proceed);
        buttons.getStyleClass().add("profile-row");
        VBox page = new VBox(title, report, restored, buttons);
        page.getStyleClass().add("profile-page");
        return page;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("profile-muted");
        l.setWrapText(true);
        return l;
    }

    private void createFromField(ActionEvent e) {
        e.consume(); // Enter here creates; it must not also press the default Open button
        model.create();
    }

    private void listKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            model.open();
        }
    }

    private void listClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.open();
        }
    }

    private void stepChanged() {
        switch (model.stepProperty().get()) {
            case REPORT -> {
                reportPage = reportPage();
                root.getChildren().setAll(reportPage);
                Focus.when(proceed);
            }
            case DONE -> onDone.run();
            default -> root.getChildren().setAll(choosePage);
        }
    }

    /** A profile's name, and when it was made. */
    private static final class ProfileCell extends ListCell<Profile> {
        private static final DateTimeFormatter DATE =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

        @Override
        protected void updateItem(Profile p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            Label nameLabel = new Label(p.displayName());
            nameLabel.getStyleClass().add("profile-name");
            Label created = new Label(Messages.get("profile.created", DATE.format(p.createdAt())));
            created.getStyleClass().add("profile-muted");
            HBox box = new HBox(nameLabel, created);
            box.getStyleClass().add("profile-cell");
            setGraphic(box);
            setAccessibleText(p.displayName());
        }
    }
}
