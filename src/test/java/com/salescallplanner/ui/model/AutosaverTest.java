package com.salescallplanner.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutosaverTest {
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
    private final Workspace workspace = TestData.workspace(PlannerData.empty());
    /** A long debounce: saves happen only on flush, so the test does not depend on timing. */
    private final Autosaver saver = new Autosaver(workspace, storage, io, Runnable::run, Duration.ofHours(1),
            Duration.ofHours(1));

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    private void edit(String company) {
        workspace.apply("Add " + company, d -> d.withProspect(TestData.prospect(company, StageModel.DISCOVERY)));
    }

    @Test
    void edit_marksSavingUntilFlushedThenSaved() {
        edit("Acme");
        assertThat(saver.statusProperty().get()).isEqualTo(SaveStatus.SAVING);
        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(saver.statusProperty().get()).isEqualTo(SaveStatus.SAVED);
        assertThat(storage.data()).isEqualTo(workspace.data());
    }

    @Test
    void burstOfEdits_isWrittenOnce() {
        edit("Acme");
        edit("Globex");
        edit("Initech");
        saver.flush(Duration.ofSeconds(10));
        assertThat(storage.saveCount()).isEqualTo(1);
        assertThat(storage.data().prospects()).hasSize(3);
    }

    @Test
    void failedSave_showsRetryingAndTheNextAttemptSaves() {
        storage.failNextSaves(1);
        edit("Acme");
        assertThat(saver.flush(Duration.ofSeconds(10))).isFalse();
        assertThat(saver.statusProperty().get()).isEqualTo(SaveStatus.FAILED_RETRYING);
        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(saver.statusProperty().get()).isEqualTo(SaveStatus.SAVED);
        assertThat(storage.data().prospects()).hasSize(1);
    }

    @Test
    void readOnly_neverSaves() {
        workspace.readOnlyProperty().set(true);
        assertThat(saver.statusProperty().get()).isEqualTo(SaveStatus.READ_ONLY);
        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(storage.saveCount()).isZero();
    }

    @Test
    void undo_backToTheSavedData_showsSavedWithoutWriting() {
        saver.flush(Duration.ofSeconds(10));
        edit("Acme");
        workspace.undo();
        assertThat(saver.statusProperty().get()).isEqualTo(SaveStatus.SAVED);
        saver.flush(Duration.ofSeconds(10));
        assertThat(storage.saveCount()).isZero();
    }
}
