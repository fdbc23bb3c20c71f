package org.gramscilens.ui.progress;

/** The files a learner can take their progress away in (see {@code ProgressExport}). */
public enum ExportFormat {
    /** One row per quiz attempt, for a spreadsheet. */
    CSV("csv"),
    /** Everything the profile holds, in the progress file's own format. */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
