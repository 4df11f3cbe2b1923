package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.PlannerData;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoSaverTest {
    @TempDir
    Path folder;

    private final List<SaveState> statuses = new CopyOnWriteArrayList<>();
    /** Counts down when the saver reports SAVED, after it has updated its own state. */
    private final CountDownLatch savedReported = new CountDownLatch(1);

    private static PlannerData version(int n) {
        return TestData.withProspects(n + 1);
    }

    private AutoSaver saver(AutoSaver.Destination destination, Duration quiet) {
        return new AutoSaver(destination, st -> {
            statuses.add(st);
            if (st.kind() == SaveState.Kind.SAVED) {
                savedReported.countDown();
            }
        }, quiet, Duration.ofMillis(1), Duration.ofMillis(5),
                Clock.systemUTC());
    }

    @Test
    void submit_aBurstOfEdits_savesOnlyTheNewestAfterTheQuietPeriod() throws Exception {
        List<PlannerData> saved = new CopyOnWriteArrayList<>();
        PlannerData last = version(99);
        try (AutoSaver s = saver(saved::add, Duration.ofSeconds(2))) {
            for (int i = 0; i < 99; i++) {
                s.submit(version(i));
            }
            s.submit(last);
            assertThat(savedReported.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(saved).containsExactly(last);
        assertThat(statuses).extracting(SaveState::kind).containsExactly(SaveState.Kind.SAVING,
                SaveState.Kind.SAVED);
    }

    @Test
    void failingSaves_areRetried_andTheNewestStateIsSavedInTheEnd() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<PlannerData> saved = new CopyOnWriteArrayList<>();
        try (AutoSaver s = saver(d -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new StoreException(StoreException.Kind.IO, folder, "Could not save planner.json: the disk is full.");
            }
            saved.add(d);
        }, Duration.ZERO)) {
            s.submit(version(1));
            assertThat(savedReported.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(s.hasUnsavedChanges()).isFalse();
        }
        assertThat(saved).containsExactly(version(1));
        assertThat(statuses).filteredOn(SaveState::failed).hasSize(3).allSatisfy(st -> {
            assertThat(st.detail()).startsWith("Could not save planner.json: the disk is full. Your changes are kept "
                    + "in memory; trying again in ");
            assertThat(st.kind()).isEqualTo(SaveState.Kind.FAILED_RETRYING);
        });
        assertThat(statuses.get(statuses.size() - 1).kind()).isEqualTo(SaveState.Kind.SAVED);
    }

    @Test
    void flush_savesWhatIsPendingAtOnce() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder);
             AutoSaver s = saver(store::save, Duration.ofHours(1))) {
            s.submit(version(1));
            s.submit(version(2));
            assertThat(s.hasUnsavedChanges()).isTrue();
            s.flush();
            assertThat(s.hasUnsavedChanges()).isFalse();
            assertThat(store.load().data()).isEqualTo(version(2));
        }
    }

    @Test
    void flush_whenSavingFails_throwsAndKeepsTheUnsavedState() throws Exception {
        try (AutoSaver s = saver(d -> {
            throw new StoreException(StoreException.Kind.IO, folder, "Could not save planner.json: permission denied.");
        }, Duration.ofHours(1))) {
            s.submit(version(7));
            assertThatThrownBy(s::flush).hasMessageContaining("permission denied");
            assertThat(s.unsaved()).contains(version(7));
        }
    }

    @Test
    void readOnlyStore_failsOnceAndWaitsForTheNextEdit() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        PlannerStore readOnly = PlannerStore.openForReading(folder);
        // A long quiet period: only flush() saves, so the attempts can be counted exactly.
        try (AutoSaver s = saver(d -> {
            attempts.incrementAndGet();
            readOnly.save(d);
        }, Duration.ofHours(1))) {
            s.submit(version(1));
            assertThatThrownBy(s::flush).isInstanceOf(StoreException.class);
            assertThat(attempts).hasValue(1);
            assertThat(s.unsaved()).contains(version(1));
            assertThat(s.saveScheduled()).as("no retry: a read-only file does not heal by waiting").isFalse();
        }
    }
    @Test
    void submit_theDataJustLoaded_writesNothingAndReportsSaved() throws Exception {
        List<PlannerData> saved = new CopyOnWriteArrayList<>();
        PlannerData loaded = version(1);
        try (AutoSaver s = saver(saved::add, Duration.ZERO)) {
            s.markSaved(loaded);
            s.submit(loaded);
            s.flush();
            assertThat(s.hasUnsavedChanges()).isFalse();
        }
        assertThat(saved).isEmpty();
        assertThat(statuses).extracting(SaveState::kind).containsExactly(SaveState.Kind.SAVED);
    }

    @Test
    void submit_undoBackToTheSavedDataBeforeTheWrite_dropsTheWrite() throws Exception {
        List<PlannerData> saved = new CopyOnWriteArrayList<>();
        PlannerData before = version(1);
        try (AutoSaver s = saver(saved::add, Duration.ofHours(1))) {
            s.submit(before);
            s.flush();
            s.submit(version(2));
            s.submit(before);
            assertThat(s.hasUnsavedChanges()).isFalse();
            s.flush();
        }
        assertThat(saved).containsExactly(before);
        assertThat(statuses.get(statuses.size() - 1).kind()).isEqualTo(SaveState.Kind.SAVED);
    }

    @Test
    void aNewerValueDuringASave_isWrittenNextAndSavedIsReportedOnlyThen() throws Exception {
        List<PlannerData> saved = new CopyOnWriteArrayList<>();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (AutoSaver s = saver(d -> {
            if (saved.isEmpty()) {
                writing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            saved.add(d);
        }, Duration.ZERO)) {
            s.submit(version(1));
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
            s.submit(version(2));
            release.countDown();
            assertThat(savedReported.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(saved).containsExactly(version(1), version(2));
        assertThat(statuses).filteredOn(st -> st.kind() == SaveState.Kind.SAVED).hasSize(1);
    }
}
