package com.salescallplanner.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.store.SaveState;

import org.junit.jupiter.api.Test;

/**
 * The window's side of saving: every edit reaches the storage, the status bar follows what the
 * storage reports, nothing is saved while read-only. (Coalescing and timed retries belong to the
 * storage: {@code store.AutoSaverTest}, {@code app.WindowStorageTest}.)
 */
class SaveTrackerTest {
    private final PlannerData loaded = PlannerData.empty();
    private final InMemoryStorage storage = new InMemoryStorage(loaded);
    private final Workspace workspace = TestData.workspace(loaded);
    private final SaveTracker tracker = new SaveTracker(workspace, storage, Runnable::run);

    private void edit(String company) {
        workspace.apply("Add " + company, d -> d.withProspect(TestData.prospect(company, StageModel.DISCOVERY)));
    }

    @Test
    void edit_reachesTheStorageAndShowsSaved() {
        edit("Acme");
        assertThat(storage.data()).isEqualTo(workspace.data());
        assertThat(tracker.statusProperty().get()).isEqualTo(SaveState.Kind.SAVED);
    }

    @Test
    void failedSave_showsRetryingWithTheReason_andTheEditIsSavedLater() {
        storage.failNextSaves(1);
        edit("Acme");
        assertThat(tracker.statusProperty().get()).isEqualTo(SaveState.Kind.FAILED_RETRYING);
        assertThat(tracker.detailProperty().get()).isEqualTo("The disk is full.");
        assertThat(storage.data().prospects()).isEmpty();

        assertThat(tracker.lastSave().get()).isEmpty();
        assertThat(tracker.statusProperty().get()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(tracker.detailProperty().get()).isEmpty();
        assertThat(storage.data().prospects()).hasSize(1);
    }

    @Test
    void readOnly_showsReadOnlyAndNeverSaves() {
        workspace.readOnlyProperty().set(true);
        workspace.reset(PlannerData.empty().withProspect(TestData.prospect("Acme", StageModel.DISCOVERY)));
        assertThat(tracker.statusProperty().get()).isEqualTo(SaveState.Kind.READ_ONLY);
        assertThat(tracker.lastSave().get()).isEmpty();
        assertThat(storage.saveCount()).isZero();
    }

    @Test
    void undo_afterASave_savesTheUndoneData() {
        edit("Acme");
        workspace.undo();
        assertThat(tracker.statusProperty().get()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(storage.data().prospects()).isEmpty();
    }

    @Test
    void resettingToTheDataJustOpened_savesNothing() {
        workspace.reset(loaded);
        assertThat(tracker.statusProperty().get()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(storage.saveCount()).isZero();
    }
}
