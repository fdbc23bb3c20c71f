package org.gramscilens.ui.classview;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gramscilens.settings.ClassDefaults;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.xapi.LrsClient;

/**
 * Settings → Class: the LRS address, key and secret, "send my progress" (off until the learner ticks it; a
 * course's suggestion only fills the form, the learner still saves it), name and email only when the learner
 * chooses, and a connection test run off the FX thread with its result shown in the dialog.
 */
final class ClassSettingsDialog {

    private final Dialog<ClassSettings> dialog = new Dialog<>();
    private final TextField endpoint = field("class-endpoint");
    private final TextField key = field("class-key");
    private final PasswordField secret = new PasswordField();
    private final CheckBox send = check("class-send", "settings.send");
    private final CheckBox shareIdentity = check("class-share-identity", "settings.shareIdentity");
    private final TextField name = field("class-name");
    private final TextField email = field("class-email");
    private final CheckBox shareReflections = check("class-share-reflections", "settings.shareReflections");
    private final Label testResult = new Label();
    private final Label error = new Label();

    ClassSettingsDialog(
            Window owner, List<String> stylesheets, ClassSettings current, Optional<ClassDefaults> suggestion) {
        dialog.initOwner(owner);
        dialog.setTitle(ClassMessages.get("settings.title"));
        dialog.setHeaderText(ClassMessages.get("settings.header"));
        dialog.getDialogPane().setId("class-settings");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        ButtonType save = new ButtonType(ClassMessages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        endpoint.setText(current.endpoint());
        endpoint.setPromptText(ClassMessages.get("settings.endpointPrompt"));
        key.setText(current.key());
        secret.setText(current.secret());
        secret.setId("class-secret");
        send.setSelected(current.sendProgress());
        shareIdentity.setSelected(current.shareIdentity());
        name.setText(current.name());
        email.setText(current.email());
        shareReflections.setSelected(current.shareReflections());
        name.disableProperty().bind(shareIdentity.selectedProperty().not());
        email.disableProperty().bind(shareIdentity.selectedProperty().not());

        Label intro = new Label(ClassMessages.get("settings.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("settings.endpoint", endpoint), endpoint);
        grid.addRow(1, label("settings.key", key), key);
        grid.addRow(2, label("settings.secret", secret), secret);
        grid.addRow(3, label("settings.name", name), name);
        grid.addRow(4, label("settings.email", email), email);
        endpoint.setPrefColumnCount(28);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Button test = new Button(ClassMessages.get("settings.test"));
        test.setId("class-test");
        testResult.setId("class-test-result");
        testResult.setWrapText(true);
        testResult.setMaxWidth(520);
        test.setOnAction(e -> testConnection(test));
        error.setId("class-error");
        error.getStyleClass().add("class-error");
        error.setWrapText(true);
        error.setMaxWidth(520);

        VBox content = new VBox(10, intro);
        suggestion
                .filter(s -> !s.endpoint().equals(current.endpoint()) || !current.sendProgress())
                .ifPresent(s -> content.getChildren().add(suggestionRow(s)));
        content.getChildren().addAll(grid, send, shareIdentity, shareReflections, new HBox(8, test), testResult, error);
        content.setPadding(new Insets(8, 16, 8, 16));
        dialog.getDialogPane().setContent(content);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> problem = read().endpointProblem();
            if (problem.isPresent()) {
                error.setText(ClassMessages.get("settings.badEndpoint", problem.get()));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? read() : null);
        dialog.setOnShown(e -> endpoint.requestFocus());
    }

    /** Shows the dialog and waits; the settings the learner saved, or empty if cancelled. */
    Optional<ClassSettings> showAndWait() {
        return dialog.showAndWait();
    }

    Dialog<ClassSettings> dialog() {
        return dialog;
    }

    ClassSettings read() {
        return new ClassSettings(
                endpoint.getText(),
                key.getText(),
                secret.getText(),
                send.isSelected(),
                shareIdentity.isSelected(),
                name.getText(),
                email.getText(),
                shareReflections.isSelected());
    }

    private HBox suggestionRow(ClassDefaults s) {
        Label text = new Label(ClassMessages.get("settings.suggestion", s.endpoint()));
        text.setWrapText(true);
        text.setMaxWidth(400);
        Button use = new Button(ClassMessages.get("settings.useSuggestion"));
        use.setId("class-use-suggestion");
        use.setOnAction(e -> {
            endpoint.setText(s.endpoint());
            send.setSelected(s.sendProgress());
        });
        HBox row = new HBox(8, text, use);
        row.setId("class-suggestion");
        row.getStyleClass().add("class-suggestion");
        return row;
    }

    private void testConnection(Button test) {
        ClassSettings s = read();
        Optional<String> bad = s.endpoint().isEmpty() ? Optional.of("") : s.endpointProblem();
        if (bad.isPresent()) {
            testResult.setText(ClassMessages.get(
                    "settings.testFailed",
                    bad.get().isEmpty() ? ClassMessages.get("settings.endpointPrompt") : bad.get()));
            return;
        }
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return new LrsClient(URI.create(s.endpoint()), s.key(), s.secret(), Duration.ofSeconds(10))
                        .testConnection();
            }
        };
        test.setDisable(true);
        testResult.setText(ClassMessages.get("settings.testing"));
        task.setOnSucceeded(e -> {
            test.setDisable(false);
            String problem = task.getValue();
            testResult.setText(
                    problem == null
                            ? ClassMessages.get("settings.testOk")
                            : ClassMessages.get("settings.testFailed", problem));
        });
        task.setOnFailed(e -> {
            test.setDisable(false);
            testResult.setText(ClassMessages.get(
                    "settings.testFailed", String.valueOf(task.getException().getMessage())));
        });
        Thread t = new Thread(task, "lrs-test");
        t.setDaemon(true);
        t.start();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static CheckBox check(String id, String key) {
        CheckBox c = new CheckBox(ClassMessages.get(key));
        c.setId(id);
        return c;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label l = new Label(ClassMessages.get(key));
        l.setLabelFor(target);
        return l;
    }
}
