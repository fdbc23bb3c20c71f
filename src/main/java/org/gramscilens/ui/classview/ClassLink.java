package org.gramscilens.ui.classview;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.settings.ClassDefaults;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.settings.ClassSettingsStore;
import org.gramscilens.ui.present.LivePollSource;
import org.gramscilens.xapi.XapiCourse;

/**
 * What the main window knows of the class features: the learner's class settings, the background sync and
 * its toolbar status, Settings → Class, File → Class Results… and the live-poll source for seminar mode.
 */
public final class ClassLink implements AutoCloseable {

    private final Stage owner;
    private final Duration interval;
    private final SyncStatus status = new SyncStatus();
    private ClassSync sync;
    private ClassSettingsStore settingsStore;
    private ClassSettings settings = ClassSettings.none();
    private Course course;
    private MarkdownParser parser;

    /** @param interval how often the background sync looks for new answers */
    public ClassLink(Stage owner, Duration interval) {
        this.owner = owner;
        this.interval = interval;
    }

    /** The toolbar's sync status ("12 waiting to sync"); hidden while nothing is sent. */
    public Node statusNode() {
        return status.node();
    }

    /** Starts following {@code store}'s learner in {@code course} (a switch of learner or course stops the last). */
    public void open(ProgressStore store, Course course, MarkdownParser parser) {
        closeSync();
        this.course = course;
        this.parser = parser;
        settingsStore = new ClassSettingsStore(store.folder());
        try {
            settings = settingsStore.load();
        } catch (IOException e) {
            settings = ClassSettings.none();
            warn(ClassMessages.get("settings.cannotRead", e.getMessage()));
        }
        sync = new ClassSync(store, () -> XapiCourse.of(course, CourseQuestions.load(course), parser), interval);
        status.show(sync);
        sync.apply(settings);
    }

    /** The settings in use now. */
    public ClassSettings settings() {
        return settings;
    }

    /** Looks for new answers to send now. */
    public void nudge() {
        if (sync != null) {
            sync.nudge();
        }
    }

    /** Settings → Class. */
    public void showSettings() {
        if (settingsStore == null) {
            return;
        }
        ClassSettingsDialog d = new ClassSettingsDialog(
                owner,
                owner.getScene().getStylesheets(),
                settings,
                course == null ? Optional.empty() : ClassDefaults.of(course.root()));
        d.showAndWait().ifPresent(this::save);
    }

    void save(ClassSettings s) {
        try {
            settingsStore.save(s);
            settings = s;
            sync.apply(s);
        } catch (IOException e) {
            warn(ClassMessages.get("settings.cannotSave", e.getMessage()));
        }
    }

    /** File → Class Results…. */
    public void showResults() {
        if (course != null) {
            new ClassResultsWindow(owner, course, parser, settings).show();
        }
    }

    /** Where seminar mode reads live poll answers: the class LRS, when one is set. */
    public Optional<LivePollSource> livePolls() {
        if (course == null || !settings.hasLrs()) {
            return Optional.empty();
        }
        return Optional.of(new LrsPollSource(settings, course));
    }

    private void warn(String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.initOwner(owner);
        a.setHeaderText(null);
        a.show();
    }

    private void closeSync() {
        if (sync != null) {
            sync.close();
            sync = null;
        }
    }

    @Override
    public void close() {
        closeSync();
    }
}
