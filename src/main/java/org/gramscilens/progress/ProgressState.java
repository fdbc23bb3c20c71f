package org.gramscilens.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The in-memory progress of one profile: what the snapshot and journal add up to. Not thread-safe:
 * {@link ProgressStore} guards it, and hands out immutable {@link Snapshot} copies to read.
 * Nothing is ever removed: entries about questions or lessons the course no longer has stay.
 */
final class ProgressState {

    private long lastSeq;
    private final List<QuizAttempt> attempts = new ArrayList<>();
    private final List<LessonEvent> lessonEvents = new ArrayList<>();
    private final List<Reflection> reflections = new ArrayList<>();
    private final List<MapAttempt> mapAttempts = new ArrayList<>();
    private final Map<String, ReviewStateChange> reviewStates = new TreeMap<>();
    private final Map<String, SettingChange> settings = new TreeMap<>();

    ProgressState(Snapshot s) {
        attempts.addAll(s.attempts());
        lessonEvents.addAll(s.lessonEvents());
        reflections.addAll(s.reflections());
        mapAttempts.addAll(s.mapAttempts());
        s.reviewStates().forEach(this::apply);
        s.settings().forEach(this::apply);
        lastSeq = Math.max(
                s.lastSeq(),
                Math.max(
                        lastSeq,
                        Math.max(
                                last(attempts),
                                Math.max(last(lessonEvents), Math.max(last(reflections), last(mapAttempts))))));
    }

    private static long last(List<? extends Entry> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).seq();
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Makes sure the snapshot will say numbering went at least this far, whatever it holds. */
    void raiseLastSeq(long seq) {
        lastSeq = Math.max(lastSeq, seq);
    }

    /** Adds one entry. Entries arrive in sequence order, except when merging, which re-sorts. */
    void apply(Entry e) {
        lastSeq = Math.max(lastSeq, e.seq());
        if (e instanceof QuizAttempt a) {
            attempts.add(a);
        } else if (e instanceof LessonEvent l) {
            lessonEvents.add(l);
        } else if (e instanceof Reflection r) {
            reflections.add(r);
        } else if (e instanceof MapAttempt m) {
            mapAttempts.add(m);
        } else if (e instanceof ReviewStateChange s) {
            reviewStates.merge(s.questionId(), s, ProgressState::newer);
        } else if (e instanceof SettingChange s) {
            settings.merge(s.name(), s, ProgressState::newer);
        }
    }

    private static <T extends Entry> T newer(T a, T b) {
        return b.seq() > a.seq() ? b : a;
    }

    /** A copy for writing: the lists are copied, the entries (immutable) shared. */
    Snapshot snapshot() {
        return new Snapshot(
                lastSeq,
                attempts,
                lessonEvents,
                reflections,
                mapAttempts,
                List.copyOf(reviewStates.values()),
                List.copyOf(settings.values()));
    }

    /**
     * Adds every entry of {@code other} that this state does not hold (same sequence number = same
     * entry). Restoring a backup this way can never lose what was recorded since.
     *
     * @return how many entries were added
     */
    int merge(Snapshot other) {
        int added = mergeList(attempts, other.attempts())
                + mergeList(lessonEvents, other.lessonEvents())
                + mergeList(reflections, other.reflections())
                + mergeList(mapAttempts, other.mapAttempts())
                + mergeMap(reviewStates, other.reviewStates(), ReviewStateChange::questionId)
                + mergeMap(settings, other.settings(), SettingChange::name);
        lastSeq = Math.max(lastSeq, other.lastSeq());
        return added;
    }

    private static <T extends Entry> int mergeList(List<T> mine, List<T> theirs) {
        Set<Long> seen = new HashSet<>();
        mine.forEach(e -> seen.add(e.seq()));
        int before = mine.size();
        theirs.stream().filter(e -> !seen.contains(e.seq())).forEach(mine::add);
        mine.sort(Comparator.comparingLong(Entry::seq));
        return mine.size() - before;
    }

    private static <T extends Entry> int mergeMap(Map<String, T> mine, List<T> theirs, Function<T, String> key) {
        int added = 0;
        for (T e : theirs) {
            T current = mine.get(key.apply(e));
            if (current == null || e.seq() > current.seq()) {
                mine.put(key.apply(e), e);
                added++;
            }
        }
        return added;
    }
}
