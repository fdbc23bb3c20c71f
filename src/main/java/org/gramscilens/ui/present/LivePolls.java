package org.gramscilens.ui.present;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * Live answers for a presentation's poll slides. While a poll slide is the current one, its answers since
 * the moment it became current are read from the {@link LivePollSource} every two seconds, on one
 * background thread (never the FX thread, never two reads at once), and published on the FX thread. The
 * several views of one slide (presentation, speaker view, overview) share its {@link Poll}.
 */
final class LivePolls {
    static final Duration EVERY = Duration.seconds(2);

    /** What a poll slide shows beside the show of hands. */
    enum Status {
        WAITING,
        LIVE,
        UNREACHABLE
    }

    /** One poll slide's live answers. */
    static final class Poll {
        private final String questionId;
        private final ReadOnlyObjectWrapper<Map<String, Integer>> counts = new ReadOnlyObjectWrapper<>(Map.of());
        private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.WAITING);
        private Instant since;

        Poll(String questionId) {
            this.questionId = questionId;
        }

        /** Learners per option letter. */
        ReadOnlyObjectProperty<Map<String, Integer>> countsProperty() {
            return counts.getReadOnlyProperty();
        }

        ReadOnlyObjectProperty<Status> statusProperty() {
            return status.getReadOnlyProperty();
        }
    }

    private final PresentationModel model;
    private final LivePollSource source;
    private final Clock clock;
    private final Map<Integer, Poll> polls = new HashMap<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-poll");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timeline;
    private boolean reading;

    LivePolls(PresentationModel model, LivePollSource source, Clock clock) {
        this.model = model;
        this.source = source;
        this.clock = clock;
        this.timeline = new Timeline(new KeyFrame(EVERY, e -> read()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        model.indexProperty().addListener((o, a, i) -> opened(i.intValue()));
        timeline.play();
    }

    /** The poll of slide {@code index} (made on first use; the slide may be current already). */
    Poll poll(int index, String questionId) {
        return polls.computeIfAbsent(index, i -> {
            Poll p = new Poll(questionId);
            if (model.index() == i) {
                start(p);
            }
            return p;
        });
    }

    private void opened(int index) {
        Poll p = polls.get(index);
        if (p != null) {
            start(p);
        }
    }

    /** The slide has just become current: only answers from now on count. */
    private void start(Poll p) {
        p.since = clock.instant();
        p.counts.set(Map.of());
        p.status.set(Status.WAITING);
        read();
    }

    private void read() {
        Poll p = polls.get(model.index());
        if (p == null || p.since == null || reading) {
            return;
        }
        reading = true;
        Instant since = p.since;
        reader.execute(() -> {
            Map<String, Integer> counts = null;
            try {
                counts = source.answers(p.questionId, since);
            } catch (IOException | RuntimeException e) {
                counts = null;
            }
            Map<String, Integer> result = counts;
            Platform.runLater(() -> {
                reading = false;
                if (!since.equals(p.since)) {
                    return; // the slide was left and opened again meanwhile: these answers are older
                }
                if (result == null) {
                    p.status.set(Status.UNREACHABLE);
                } else {
                    p.counts.set(Map.copyOf(result));
                    p.status.set(Status.LIVE);
                }
            });
        });
    }

    void close() {
        timeline.stop();
        reader.shutdownNow();
    }
}
