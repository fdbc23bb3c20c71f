package org.gramscilens.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;
import org.gramscilens.ui.common.Messages;

/**
 * Tells the learner, in plain words, when their progress file could not be read as it was (it was kept
 * aside, never overwritten) and offers the newest good backup; or that this window cannot save.
 */
final class StoreNotice {
    private StoreNotice() {}

    static void showIfNeeded(Window owner, ProgressStore store) {
        var report = store.openReport();
        if (report.isClean()) {
            return;
        }
        ButtonType restore = new ButtonType(Messages.get("store.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("store.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = report.offeredBackup().isPresent() && !store.isReadOnly()
                ? new Alert(Alert.AlertType.WARNING, report.summary(), restore, keep)
                : new Alert(Alert.AlertType.WARNING, report.summary(), keep);
        alert.initOwner(owner);
        alert.setHeaderText(Messages.get("store.noticeTitle"));
        alert.getDialogPane().setId("store-notice");
        // Not showAndWait: this may run inside the start-up runnable, where a nested loop is not painted.
        alert.setOnHidden(e -> java.util.Optional.ofNullable(alert.getResult())
                .filter(restore::equals)
                .ifPresent(b -> report.offeredBackup().ifPresent(backup -> restore(owner, store, backup))));
        alert.show();
    }

    private static void restore(Window owner, ProgressStore store, org.gramscilens.progress.Backup backup) {
        {
            try {
                store.restoreBackup(backup);
                Alert done = new Alert(Alert.AlertType.INFORMATION, Messages.get("store.restored"));
                done.initOwner(owner);
                done.show();
            } catch (ProgressStoreException e) {
                Alert failed = new Alert(Alert.AlertType.ERROR, e.getMessage());
                failed.initOwner(owner);
                failed.show();
            }
        }
    }
}
