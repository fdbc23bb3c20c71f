package org.gramscilens.ui.progress;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressExport;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.progress.Reflection;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.review.DisplayText;
import org.gramscilens.review.Mastery;
import org.gramscilens.review.ReviewQueue;
import org.gramscilens.ui.common.Messages;

/**
 * The view-model of {@link ProgressDashboard}: mastery per module, scores by day, the reflection journal,
 * what is due for review, and exports. {@link #refresh()} reads the store again (call it when the
 * dashboard is shown). Exports are written on a background thread. Use on the FX thread.
 */
public final class DashboardModel {

    /** The current reflection on one essay question. */
    public record JournalEntry(String questionId, String moduleTitle, String question, String text, Instant at) {}

    private final CourseQuestions questions;
    private final ProgressStore store;
    private final DisplayText text;
    private final Clock clock;

    private final ObservableList<Mastery.ModuleMastery> modules = FXCollections.observableArrayList();
    private final ObservableList<Mastery.Day> days = FXCollections.observableArrayList();
    private final ObservableList<JournalEntry> journal = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper(this, "dueCount");
    private final ReadOnlyObjectWrapper<Instant> nextDue = new ReadOnlyObjectWrapper<>(this, "nextDue");
    private final ReadOnlyIntegerWrapper attemptCount = new ReadOnlyIntegerWrapper(this, "attemptCount");
    private final ReadOnlyDoubleWrapper overall = new ReadOnlyDoubleWrapper(this, "overall");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper(this, "exportStatus", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    public DashboardModel(CourseQuestions questions, ProgressStore store, MarkdownParser parser, Clock clock) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.store = Objects.requireNonNull(store, "store");
        this.text = new DisplayText(questions.course(), parser);
        this.clock = Objects.requireNonNull(clock, "clock");
        refresh();
    }

    /** Reads the progress again. */
    public void refresh() {
        ProgressView view = store.view();
        Mastery mastery = Mastery.of(questions, view);
        modules.setAll(mastery.modules());
        days.setAll(mastery.byDay(clock.getZone()));
        overall.set(mastery.overall());
        attemptCount.set(mastery.attempts().size());
        ReviewQueue queue = ReviewQueue.of(questions, view, clock.instant());
        dueCount.set(queue.count());
        nextDue.set(queue.nextDue().orElse(null));
        journal.setAll(journal(view));
    }

    private List<JournalEntry> journal(ProgressView view) {
        List<JournalEntry> entries = new ArrayList<>();
        for (Reflection r : view.latestReflections().values()) {
            Optional<CourseQuestion> q = questions.find(r.questionId());
            q.ifPresent(cq -> entries.add(new JournalEntry(
                    cq.id(), cq.module().title(), text.of(cq.question().text()), r.text(), r.at())));
        }
        entries.sort(Comparator.comparing(JournalEntry::at).reversed());
        return entries;
    }

    public ObservableList<Mastery.ModuleMastery> modules() {
        return FXCollections.unmodifiableObservableList(modules);
    }

    public ObservableList<Mastery.Day> days() {
        return FXCollections.unmodifiableObservableList(days);
    }

    /** The latest reflection per essay question the course has, newest first. */
    public ObservableList<JournalEntry> journal() {
        return FXCollections.unmodifiableObservableList(journal);
    }

    /** Questions a review session would ask now ({@link ReviewQueue#count()}). */
    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }

    /** When the next question becomes due, if none is due now; null if nothing is scheduled. */
    public ReadOnlyObjectProperty<Instant> nextDueProperty() {
        return nextDue.getReadOnlyProperty();
    }

    /** Attempts at questions the course still has. */
    public ReadOnlyIntegerProperty attemptCountProperty() {
        return attemptCount.getReadOnlyProperty();
    }

    /** Mastered share of every marked question in the course. */
    public ReadOnlyDoubleProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** What the last export did, in words; empty before any. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The language dates are written in: the course's ({@code language} in course.yaml), else the system's. */
    public java.util.Locale locale() {
        return locale(questions.course());
    }

    /** As {@link #locale()}, for any course; a blank or unknown language falls back to the system's. */
    public static java.util.Locale locale(org.gramscilens.course.Course course) {
        String lang =
                course == null || course.info() == null ? null : course.info().language();
        java.util.Locale l = lang == null || lang.isBlank() ? null : java.util.Locale.forLanguageTag(lang.strip());
        return l == null || l.getLanguage().isEmpty()
                ? java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)
                : l;
    }

    /** Dates as the dashboard and its chart write them: medium style, in {@link #locale()}, in {@link #zone()}. */
    public java.time.format.DateTimeFormatter dates() {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale())
                .withZone(zone());
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** A file name to offer, e.g. {@code gramsci-lens-progress-2025-03-04.csv}. */
    public String suggestedFileName(ExportFormat format) {
        return "gramsci-lens-progress-" + java.time.LocalDate.ofInstant(clock.instant(), clock.getZone()) + "."
                + format.extension();
    }

    /**
     * Writes the progress as it is now to {@code file} on a background thread; {@link #exportStatusProperty()}
     * says how it went. The returned task is already running.
     */
    public Task<Integer> export(ExportFormat format, Path file) {
        ProgressView view = store.view();
        Instant now = clock.instant();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                AtomicWrite.write(file, bytes -> {
                    Writer out = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    if (format == ExportFormat.CSV) {
                        org.gramscilens.review.ProgressCsv.write(view, learnerName(), questions, text, out);
                    } else {
                        ProgressExport.toJson(view, now, out);
                    }
                    out.flush();
                });
                return view.attemptCount();
            }
        };
        exporting.set(true);
        exportStatus.set(Messages.get("dash.export.running", file.getFileName()));
        task.setOnSucceeded(e -> exported(file, task.getValue()));
        task.setOnFailed(e -> exportFailed(file, task.getException()));
        Thread t = new Thread(task, "progress-export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private void exported(Path file, int attempts) {
        exporting.set(false);
        exportStatus.set(Messages.get("dash.export.done", attempts, file));
    }

    private void exportFailed(Path file, Throwable error) {
        exporting.set(false);
        exportStatus.set(Messages.get("dash.export.failed", file, error == null ? "" : error.getMessage()));
    }

    /** The learner's display name for the CSV's learner column (the profile's id if it has none). */
    private String learnerName() {
        java.nio.file.Path folder = store.folder();
        String id = folder.getFileName().toString();
        java.nio.file.Path profilesFolder = folder.toAbsolutePath().getParent();
        if (profilesFolder == null || profilesFolder.getParent() == null) {
            return id;
        }
        return new org.gramscilens.progress.Profiles(profilesFolder.getParent())
                .find(id)
                .map(org.gramscilens.progress.Profile::displayName)
                .orElse(id);
    }
}
