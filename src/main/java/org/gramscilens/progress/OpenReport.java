package org.gramscilens.progress;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What opening a profile found, for the UI to show. Empty when all was well.
 *
 * @param issues what happened, in order
 * @param offeredBackup the newest readable backup, when a damaged or missing progress file makes one
 *                      worth restoring ({@link ProgressStore#restoreBackup(Backup)})
 */
public record OpenReport(List<Issue> issues, Optional<Backup> offeredBackup) {

    public OpenReport {
        issues = List.copyOf(issues);
    }

    public boolean isClean() {
        return issues.isEmpty();
    }

    public boolean has(Issue.Kind kind) {
        return issues.stream().anyMatch(i -> i.kind() == kind);
    }

    /** All the messages, one paragraph each. */
    public String summary() {
        return issues.stream().map(Issue::message).collect(Collectors.joining("\n\n"));
    }
}
