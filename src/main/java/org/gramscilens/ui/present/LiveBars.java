package org.gramscilens.ui.present;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gramscilens.slides.PollQuestion;

/**
 * A poll's live bar chart: one bar per option, as long as its share of the learners who answered in their
 * own copies since the slide opened, with the count beside it; a line above says how many answered, or that
 * the LRS cannot be reached (the show of hands still works).
 */
final class LiveBars {
    /** The longest bar on the logical 1280-pixel page. */
    static final double MAX_BAR = 560;

    private final VBox root = new VBox();

    LiveBars(PollQuestion poll, LivePolls.Poll live) {
        root.getStyleClass().add("slide-poll-live");
        root.setId("poll-live");
        Label heading = new Label();
        heading.getStyleClass().add("slide-poll-live-heading");
        heading.setWrapText(true);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (live.statusProperty().get()) {
                            case WAITING -> Messages.get("poll.liveWaiting");
                            case UNREACHABLE -> Messages.get("poll.liveUnreachable");
                            case LIVE ->
                                Messages.get(
                                        "poll.live", total(live.countsProperty().get()));
                        },
                        live.statusProperty(),
                        live.countsProperty()));
        GridPane bars = new GridPane();
        bars.getStyleClass().add("slide-poll-live-bars");
        int row = 0;
        for (PollQuestion.Option option : poll.options()) {
            Label letter = new Label(option.letter());
            letter.getStyleClass().add("slide-poll-live-letter");
            Region bar = new Region();
            bar.getStyleClass().add("slide-poll-live-bar");
            bar.setId("poll-live-bar-" + option.letter());
            bar.prefWidthProperty()
                    .bind(Bindings.createDoubleBinding(
                            () -> {
                                Map<String, Integer> c = live.countsProperty().get();
                                int max = c.values().stream()
                                        .mapToInt(Integer::intValue)
                                        .max()
                                        .orElse(0);
                                return max == 0 ? 0 : MAX_BAR * c.getOrDefault(option.letter(), 0) / max;
                            },
                            live.countsProperty()));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            Label count = new Label();
            count.setId("poll-live-count-" + option.letter());
            count.getStyleClass().add("slide-poll-live-count");
            count.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> String.valueOf(live.countsProperty().get().getOrDefault(option.letter(), 0)),
                            live.countsProperty()));
            bars.addRow(row++, letter, bar, count);
        }
        root.getChildren().addAll(heading, bars);
    }

    VBox node() {
        return root;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
