package org.gramscilens.ui.progress;

import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gramscilens.review.Mastery;
import org.gramscilens.ui.common.Messages;

/**
 * The mean score of each day with attempts, as a line, its dates in the course's language; a sentence
 * instead while there are none, and for a single day (a full-size chart of one point says nothing more).
 */
final class ScoreChart {
    private final DashboardModel model;
    private final DateTimeFormatter day;
    private final LineChart<String, Number> chart;
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final Label empty = DashboardCards.muted(Messages.get("dash.chart.empty"));
    private final Label single = new Label();
    private final VBox root;

    ScoreChart(DashboardModel model) {
        this.model = model;
        this.day = model.dates();
        CategoryAxis x = new CategoryAxis();
        x.setLabel(Messages.get("dash.chart.day"));
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel(Messages.get("dash.chart.score"));
        chart = new LineChart<>(x, y);
        chart.setId("dash-chart");
        chart.getStyleClass().add("dash-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        series.setName(Messages.get("dash.chart.series"));
        chart.getData().add(series);
        chart.managedProperty().bind(chart.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        single.setId("dash-chart-single");
        single.getStyleClass().add("dash-chart-single");
        single.setWrapText(true);
        single.managedProperty().bind(single.visibleProperty());
        root = new VBox(DashboardCards.heading("dash.chart.title"), empty, single, chart);
        root.getStyleClass().add("dash-card");
        model.days().addListener((ListChangeListener<Mastery.Day>) c -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        series.getData().clear();
        for (Mastery.Day d : model.days()) {
            series.getData().add(new XYChart.Data<>(day.format(d.day()), Math.round(d.meanScore() * 1000) / 10.0));
        }
        boolean none = model.days().isEmpty();
        boolean one = model.days().size() == 1;
        chart.setVisible(!none && !one);
        empty.setVisible(none);
        single.setVisible(one);
        single.setText(
                one
                        ? Messages.get(
                                "dash.chart.single",
                                day.format(model.days().get(0).day()),
                                Math.round(model.days().get(0).meanScore() * 100))
                        : "");
        chart.setAccessibleText(
                Messages.get("dash.chart.accessible", model.days().size()));
    }
}
