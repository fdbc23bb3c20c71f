package org.gramscilens.ui.map;

import javafx.application.Platform;

/** Runs {@link MapDragBench} from the command line with the toolkit started here (not a test). */
public final class MapDragBenchMain {
    private MapDragBenchMain() {}

    public static void main(String[] args) {
        Platform.startup(() -> {});
        MapDragBench.run(System.out);
        Platform.exit();
    }
}
