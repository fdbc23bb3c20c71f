package org.gramscilens.ui.progress;

import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gramscilens.ui.common.Messages;

/** The latest reflection on each essay question, newest first, with its date and question. */
final class ReflectionJournal {
    private final DashboardModel model;
    private final DateTimeFormatter dates;
    private final VBox entries = new VBox();
    private final VBox root;

    ReflectionJournal(DashboardModel model, DateTimeFormatter dates) {
        this.model = model;
        this.dates = dates;
        entries.setId("dash-journal");
        entries.getStyleClass().add("dash-journal");
        root = new VBox(DashboardCards.heading("dash.journal.title"), entries);
        root.getStyleClass().add("dash-card");
        model.journal().addListener((ListChangeListener<DashboardModel.JournalEntry>) c -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        entries.getChildren().clear();
        if (model.journal().isEmpty()) {
            entries.getChildren().add(DashboardCards.muted(Messages.get("dash.journal.empty")));
        }
        for (DashboardModel.JournalEntry e : model.journal()) {
            Label when = new Label(Messages.get("dash.journal.when", dates.format(e.at()), e.moduleTitle()));
            when.getStyleClass().add("dash-journal-when");
            Label question = new Label(e.question());
            question.getStyleClass().add("dash-journal-question");
            question.setWrapText(true);
            Label text = new Label(e.text());
            text.getStyleClass().add("dash-journal-text");
            text.setWrapText(true);
            VBox entry = new VBox(when, question, text);
            entry.getStyleClass().add("dash-journal-entry");
            entry.setFocusTraversable(true);
            entry.setAccessibleText(when.getText() + ". " + e.text());
            entries.getChildren().add(entry);
        }
    }
}
