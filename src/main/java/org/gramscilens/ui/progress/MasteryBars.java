package org.gramscilens.ui.progress;

import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gramscilens.review.Mastery;
import org.gramscilens.ui.common.Messages;

/** One bar per module: the share of its marked questions whose latest answer was right. */
final class MasteryBars {
    private final DashboardModel model;
    private final DateTimeFormatter dates;
    private final GridPane grid = new GridPane();
    private final VBox root;

    MasteryBars(DashboardModel model, DateTimeFormatter dates) {
        this.model = model;
        this.dates = dates;
        grid.setId("dash-mastery");
        grid.getStyleClass().add("dash-mastery");
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(42);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, bar, new ColumnConstraints(), new ColumnConstraints());
        Label rule = DashboardCards.muted(Messages.get("dash.mastery.rule"));
        root = new VBox(DashboardCards.heading("dash.mastery.title"), rule, grid);
        root.getStyleClass().add("dash-card");
        model.modules().addListener((ListChangeListener<Mastery.ModuleMastery>) c -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (Mastery.ModuleMastery m : model.modules()) {
            Label title = new Label(m.title());
            title.getStyleClass().add("dash-module");
            title.setWrapText(true);
            ProgressBar bar = new ProgressBar(m.share());
            bar.getStyleClass().add("dash-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(Messages.get("dash.mastery.accessible", m.title(), Math.round(m.share() * 100)));
            Label figures = new Label(
                    Messages.get("dash.mastery.figures", m.mastered(), m.graded(), Math.round(m.share() * 100)));
            figures.getStyleClass().add("dash-figures");
            figures.setId("dash-mastery-" + m.moduleId());
            Label last = new Label(
                    m.lastActivity() == null
                            ? Messages.get("dash.mastery.never")
                            : Messages.get("dash.mastery.last", dates.format(m.lastActivity())));
            last.getStyleClass().add("dash-muted");
            grid.addRow(row++, title, bar, figures, last);
        }
    }
}
