package org.gramscilens.ui.classview;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The toolbar's word on the class sync: "12 waiting to sync", "Synced", "LRS unreachable"; hidden while
 * progress is not sent. Its tooltip says what it means and, after a failure, why.
 */
final class SyncStatus {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final Label label = new Label();
    private final Tooltip tooltip = new Tooltip();

    SyncStatus() {
        label.setId("toolbar-sync");
        label.getStyleClass().add("sync-status");
        label.setTooltip(tooltip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
    }

    Label node() {
        return label;
    }

    /** Shows {@code sync} from now on (a learner switch brings a new one). */
    void show(ClassSync sync) {
        label.visibleProperty().bind(sync.stateProperty().isNotEqualTo(ClassSync.State.OFF));
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text(
                                sync.stateProperty().get(),
                                sync.waitingProperty().get()),
                        sync.stateProperty(),
                        sync.waitingProperty()));
        tooltip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> tip(
                                sync.stateProperty().get(),
                                sync.problemProperty().get()),
                        sync.stateProperty(),
                        sync.problemProperty()));
        sync.stateProperty().addListener((o, a, s) -> label.pseudoClassStateChanged(PROBLEM, problem(s)));
        label.accessibleTextProperty().bind(label.textProperty());
    }

    static String text(ClassSync.State state, int waiting) {
        return switch (state) {
            case OFF -> "";
            case WAITING, SYNCING -> ClassMessages.get("sync.waiting", waiting);
            case SYNCED -> ClassMessages.get("sync.synced");
            case UNREACHABLE -> ClassMessages.get("sync.unreachable");
            case REFUSED -> ClassMessages.get("sync.refused");
            case BROKEN -> ClassMessages.get("sync.broken");
        };
    }

    private static String tip(ClassSync.State state, String problem) {
        String base = ClassMessages.get("sync.tip." + state.name().toLowerCase(java.util.Locale.ROOT));
        return problem == null || problem.isBlank() ? base : base + "\n\n" + problem;
    }

    private static boolean problem(ClassSync.State s) {
        return s == ClassSync.State.UNREACHABLE || s == ClassSync.State.REFUSED || s == ClassSync.State.BROKEN;
    }
}
