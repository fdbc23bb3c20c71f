package org.gramscilens.ui.classview;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gramscilens.xapi.ClassReport;

/**
 * The class results: per question in a table (virtualised, so thousands of rows cost what a screenful
 * does), per module and the mastery distribution as bar charts, and the shared reflections one at a time.
 */
final class ResultsTabs {

    private final TabPane tabs = new TabPane();
    private final TableView<ClassReport.QuestionRow> table = new TableView<>();
    private final BarChart<String, Number> modules = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final BarChart<String, Number> mastery = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label reflectionCount = new Label();
    private final Label reflectionAbout = new Label();
    private final Label reflectionText = new Label();
    private final Button previous = new Button(ClassMessages.get("results.previous"));
    private final Button next = new Button(ClassMessages.get("results.next"));
    private List<ClassReport.SharedReflection> reflections = List.of();
    private int shown;

    ResultsTabs() {
        tabs.setId("results-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        table.setId("results-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(List.of(
                        column("results.col.module", ClassReport.QuestionRow::moduleId),
                        column("results.col.question", ClassReport.QuestionRow::title),
                        column("results.col.answered", ClassReport.QuestionRow::answered),
                        column("results.col.correct", r -> String.format(Locale.ROOT, "%.1f", r.percentCorrect())),
                        column(
                                "results.col.wrong",
                                r -> r.commonWrongCount() == 0
                                        ? ""
                                        : r.commonWrong() + " (" + r.commonWrongCount() + ")"),
                        column("results.col.feedback", ClassReport.QuestionRow::commonWrongFeedback),
                        column("results.col.median", r -> String.format(Locale.ROOT, "%.1f", r.medianMs() / 1000.0))));
        modules.setId("results-modules");
        modules.setLegendVisible(false);
        modules.setAnimated(false);
        modules.getYAxis().setLabel(ClassMessages.get("results.modules.axis"));
        mastery.setId("results-mastery");
        mastery.setLegendVisible(false);
        mastery.setAnimated(false);
        mastery.getYAxis().setLabel(ClassMessages.get("results.mastery.axis"));

        reflectionText.setId("results-reflection");
        reflectionText.setWrapText(true);
        reflectionText.getStyleClass().add("results-reflection");
        reflectionCount.setId("results-reflection-count");
        previous.setId("results-previous");
        next.setId("results-next");
        previous.setOnAction(e -> showReflection(shown - 1));
        next.setOnAction(e -> showReflection(shown + 1));
        VBox reflectionPane =
                new VBox(10, new HBox(8, previous, next, reflectionCount), reflectionAbout, reflectionText);
        reflectionPane.setPadding(new javafx.geometry.Insets(12));
        reflectionPane.getStyleClass().add("results-reflections");

        tabs.getTabs()
                .addAll(
                        tab("results.tab.questions", table),
                        tab("results.tab.modules", modules),
                        tab("results.tab.mastery", mastery),
                        tab("results.tab.reflections", reflectionPane));
        showReflection(0);
    }

    TabPane node() {
        return tabs;
    }

    TableView<ClassReport.QuestionRow> table() {
        return table;
    }

    int questionCount() {
        return table.getItems().size();
    }

    void show(ClassReport report) {
        table.setItems(FXCollections.observableArrayList(report.questions()));
        XYChart.Series<String, Number> bySeries = new XYChart.Series<>();
        for (ClassReport.ModuleRow m : report.modules()) {
            bySeries.getData().add(new XYChart.Data<>(m.title(), m.percentCorrect()));
        }
        modules.getData().setAll(List.of(bySeries));
        XYChart.Series<String, Number> bands = new XYChart.Series<>();
        int[] counts = report.masteryDistribution();
        for (int i = 0; i < counts.length; i++) {
            bands.getData()
                    .add(new XYChart.Data<>(ClassMessages.get("results.mastery.band", i * 20, i * 20 + 20), counts[i]));
        }
        mastery.getData().setAll(List.of(bands));
        reflections = report.reflections();
        showReflection(0);
    }

    private void showReflection(int i) {
        if (reflections.isEmpty()) {
            reflectionCount.setText("");
            reflectionAbout.setText("");
            reflectionText.setText(ClassMessages.get("results.reflection.none"));
            previous.setDisable(true);
            next.setDisable(true);
            return;
        }
        shown = Math.max(0, Math.min(reflections.size() - 1, i));
        ClassReport.SharedReflection r = reflections.get(shown);
        reflectionCount.setText(ClassMessages.get("results.reflection.count", shown + 1, reflections.size()));
        reflectionAbout.setText(ClassMessages.get("results.reflection.about", r.questionId()));
        reflectionText.setText(r.text());
        previous.setDisable(shown == 0);
        next.setDisable(shown == reflections.size() - 1);
    }

    private static <T> TableColumn<ClassReport.QuestionRow, T> column(
            String key, java.util.function.Function<ClassReport.QuestionRow, T> value) {
        TableColumn<ClassReport.QuestionRow, T> c = new TableColumn<>(ClassMessages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        return new Tab(ClassMessages.get(key), content);
    }
}
