package org.gramscilens.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @AfterEach
    void detach() {
        AppLog.uninstall();
    }

    @Test
    void whatTheAppLogsLandsInTheDataFoldersLogFile(@TempDir Path data) throws Exception {
        Path file = AppLog.install(data).orElseThrow();
        assertThat(file).isEqualTo(data.resolve("logs").resolve("gramsci-lens.0.log"));
        assertThat(AppLog.file()).contains(file);

        System.getLogger("org.gramscilens.ui.Learner")
                .log(
                        System.Logger.Level.ERROR,
                        "could not record progress: disk full",
                        new IllegalStateException("cause"));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("started; log file " + file)
                .contains("SEVERE org.gramscilens.ui.Learner: could not record progress: disk full")
                .contains("java.lang.IllegalStateException: cause");
    }

    @Test
    void javaFxClassPathWarningIsDroppedAndItsOtherMessagesAreKept() {
        Logger javafx = Logger.getLogger("javafx");
        Filter before = javafx.getFilter();
        try {
            AppLog.quietClassPathWarning();
            Filter filter = javafx.getFilter();
            assertThat(filter.isLoggable(new LogRecord(
                            Level.WARNING,
                            "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'")))
                    .isFalse();
            assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "CSS error parsing")))
                    .isTrue();
        } finally {
            javafx.setFilter(before);
        }
    }

    @Test
    void aDataFolderThatCannotHoldALogLeavesTheAppLoggingToStandardErrorOnly(@TempDir Path data) throws Exception {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");
        assertThat(AppLog.install(notAFolder)).isEmpty();
        assertThat(AppLog.file()).isEmpty();
    }
}
