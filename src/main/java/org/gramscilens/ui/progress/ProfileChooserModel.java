package org.gramscilens.ui.progress;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gramscilens.progress.Backup;
import org.gramscilens.progress.OpenReport;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;
import org.gramscilens.ui.common.Messages;

/**
 * The view-model of {@link ProfileChooser}: the learners on this computer, the one chosen last
 * preselected; opening one or creating one by name; then, if opening found something to say (a damaged
 * file kept aside, a backup worth restoring, another copy holding the profile), that report in plain words
 * and a "Restore backup" command, before the chosen store is handed over.
 */
public final class ProfileChooserModel {

    public enum Step {
        CHOOSE,
        REPORT,
        DONE
    }

    private final Profiles profiles;
    private final ObservableList<Profile> list = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper(this, "canRestore");
    private final ReadOnlyStringWrapper restoreResult = new ReadOnlyStringWrapper(this, "restoreResult", "");
    private final ReadOnlyObjectWrapper<ProgressStore> store = new ReadOnlyObjectWrapper<>(this, "store");

    public ProfileChooserModel(Profiles profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        reload();
    }

    private void reload() {
        list.setAll(profiles.list());
        Optional<Profile> last = profiles.lastChosen();
        selected.set(last.flatMap(
                        p -> list.stream().filter(q -> q.id().equals(p.id())).findFirst())
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    public ObservableList<Profile> profiles() {
        return FXCollections.unmodifiableObservableList(list);
    }

    /** The profile to open; the chooser's list is bound to it both ways. */
    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    /** The name typed for a new profile. */
    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Why the last command failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * What opening the profile found, in plain words, from the store's open report: which file was kept
     * aside, which backup can be restored, or why nothing will be saved.
     */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restoreResultProperty() {
        return restoreResult.getReadOnlyProperty();
    }

    /** The opened profile's store, once chosen; the caller owns it and closes it. */
    public ReadOnlyObjectProperty<ProgressStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public Optional<ProgressStore> store() {
        return Optional.ofNullable(store.get());
    }

    // ---- commands ----

    /** Opens the selected profile. */
    public void open() {
        Profile p = selected.get();
        if (p == null || step.get() != Step.CHOOSE) {
            return;
        }
        try {
            opened(profiles.choose(p.id()));
        } catch (ProgressStoreException | IllegalArgumentException e) {
            error.set(Messages.get("profile.openFailed", p.displayName(), e.getMessage()));
        }
    }

    /** Creates a profile with the typed name and opens it. */
    public void create() {
        if (step.get() != Step.CHOOSE) {
            return;
        }
        if (newName.get() == null || newName.get().isBlank()) {
            error.set(Messages.get("profile.nameNeeded"));
            return;
        }
        try {
            Profile p = profiles.create(newName.get());
            newName.set("");
            reload();
            selected.set(p);
            open();
        } catch (ProgressStoreException | IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private void opened(ProgressStore s) {
        error.set("");
        store.set(s);
        OpenReport r = s.openReport();
        if (r.isClean()) {
            step.set(Step.DONE);
            return;
        }
        report.set(r.summary());
        Optional<Backup> backup = r.offeredBackup();
        canRestore.set(backup.isPresent() && !s.isReadOnly());
        step.set(Step.REPORT);
    }

    /** Restores the offered backup into the opened profile (nothing recorded since is lost). */
    public void restoreBackup() {
        ProgressStore s = store.get();
        if (!canRestore.get() || s == null) {
            return;
        }
        try {
            int added = s.restoreBackup(s.openReport().offeredBackup().orElseThrow());
            restoreResult.set(Messages.get("profile.restored", added));
            canRestore.set(false);
        } catch (ProgressStoreException e) {
            restoreResult.set(e.getMessage());
        }
    }

    /** Goes on with the opened profile after reading the report. */
    public void proceed() {
        if (step.get() == Step.REPORT) {
            step.set(Step.DONE);
        }
    }
}
