package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.store.SaveState;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.StorageLockedException;
import com.salescallplanner.ui.port.StorageProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStorageTest {
    @TempDir
    Path folder;
    private final Clock clock = Clock.systemUTC();
    private WindowStorage storage;

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    private static PlannerData with(String company) {
        return PlannerData.empty().withProspect(Prospect.create(company, "", StageModel.DISCOVERY,
                LocalDate.of(2025, 3, 3)));
    }

    @Test
    void quickToOpen_smallDataYes_largeDataOrALongJournalNo() throws Exception {
        storage = new WindowStorage(folder, clock);
        assertThat(storage.quickToOpen()).as("a new folder").isTrue();
        storage.open(PlannerStorage.Progress.NONE);
        storage.saveSoon(with("Acme"));
        assertThat(storage.flush()).isEmpty();
        assertThat(storage.quickToOpen()).as("one prospect").isTrue();
        storage.close();
        storage = null;
        // Sizes only count: the window reads whatever is there the usual way.
        java.nio.file.Files.write(folder.resolve("planner.journal"), new byte[(int) WindowStorage.QUICK_TO_OPEN_BYTES]);
        assertThat(new WindowStorage(folder, clock).quickToOpen()).as("a journal past the limit").isFalse();
    }

    @Test
    void newFolder_opensEmptyAndSavedDataIsReadByTheNextStart() {
        storage = new WindowStorage(folder, clock);
        assertThat(storage.open(PlannerStorage.Progress.NONE).data().isEmpty()).isTrue();
        PlannerData acme = with("Acme");
        storage.saveSoon(acme);
        assertThat(storage.flush()).isEmpty();
        storage.close();
        storage = new WindowStorage(folder, clock);
        PlannerStorage.Opened again = storage.open(PlannerStorage.Progress.NONE);
        assertThat(again.data()).isEqualTo(acme);
        assertThat(again.readOnly()).isFalse();
        assertThat(storage.location()).endsWith(PlannerStore.FILE_NAME);
    }

    @Test
    void editsInABurst_areSavedOnceAsTheNewest_andTheStatesReachTheWindow() throws Exception {
        List<SaveState.Kind> states = new CopyOnWriteArrayList<>();
        storage = new WindowStorage(folder, clock);
        storage.setSaveListener(s -> states.add(s.kind()));
        PlannerData opened = storage.open(PlannerStorage.Progress.NONE).data();
        storage.saveSoon(opened);
        PlannerData newest = null;
        for (String company : List.of("Acme", "Globex", "Initech")) {
            newest = with(company);
            storage.saveSoon(newest);
        }
        assertThat(storage.flush()).isEmpty();
        storage.close();

        assertThat(states).containsExactly(SaveState.Kind.SAVED, SaveState.Kind.SAVING,
                SaveState.Kind.SAVED);
        assertThat(PlannerStore.openForReading(folder).load().data()).isEqualTo(newest);
    }

    @Test
    void readOnly_savingIsRefusedAndTheEditStaysUnsaved() {
        storage = new WindowStorage(folder, clock);
        storage.openReadOnly(PlannerStorage.Progress.NONE);
        storage.saveSoon(with("Acme"));
        assertThat(storage.flush()).hasValueSatisfying(why -> assertThat(why).startsWith("Cannot save"));
        assertThat(Files.exists(folder.resolve(PlannerStore.FILE_NAME))).isFalse();
    }

    @Test
    void secondWindowOnTheSameFolder_isLockedOutButMayReadOnly() {
        storage = new WindowStorage(folder, clock);
        storage.open(PlannerStorage.Progress.NONE);
        PlannerData acme = with("Acme");
        storage.saveSoon(acme);
        storage.flush();
        WindowStorage second = new WindowStorage(folder, clock);
        assertThatThrownBy(() -> second.open(PlannerStorage.Progress.NONE))
                .isInstanceOf(StorageLockedException.class)
                .hasMessage("Sales Call Planner is already open on " + folder);
        PlannerStorage.Opened readOnly = second.openReadOnly(PlannerStorage.Progress.NONE);
        assertThat(readOnly.readOnly()).isTrue();
        assertThat(readOnly.data()).isEqualTo(acme);
    }

    @Test
    void unreadableFile_offersTheNewestBackupAndRestoresIt() throws IOException {
        storage = new WindowStorage(folder, clock);
        storage.open(PlannerStorage.Progress.NONE);
        storage.saveSoon(with("Acme"));
        storage.flush();
        storage.saveSoon(with("Globex"));
        storage.flush();
        storage.close();
        Files.writeString(folder.resolve(PlannerStore.FILE_NAME), "{ not json");
        storage = new WindowStorage(folder, clock);
        assertThatThrownBy(() -> storage.open(PlannerStorage.Progress.NONE))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.actions())
                        .containsExactly(RecoveryAction.RESTORE_BACKUP, RecoveryAction.QUIT));
        PlannerStorage.Opened restored = storage.restoreNewestBackup(PlannerStorage.Progress.NONE);
        assertThat(restored.data().prospects()).extracting(Prospect::company).containsExactly("Acme");
        assertThat(restored.readOnly()).isFalse();
    }

    @Test
    void unreadableFileWithoutBackups_offersAFreshStart_whichKeepsTheFileAsideAndOpensEmpty() throws IOException {
        Files.writeString(folder.resolve(PlannerStore.FILE_NAME), "{ not json");
        storage = new WindowStorage(folder, clock);
        assertThatThrownBy(() -> storage.open(PlannerStorage.Progress.NONE))
                .isInstanceOfSatisfying(StorageProblem.class, p -> {
                    assertThat(p.actions()).containsExactly(RecoveryAction.START_AFRESH, RecoveryAction.QUIT);
                    assertThat(p.getMessage()).contains("There is no readable backup", "start a new, empty planner");
                });

        PlannerStorage.Opened fresh = storage.startAfresh(PlannerStorage.Progress.NONE);

        assertThat(fresh.data()).isEqualTo(PlannerData.empty());
        assertThat(fresh.readOnly()).isFalse();
        assertThat(fresh.notice()).startsWith("This is a new, empty planner").contains("planner-unreadable-");
        storage.saveSoon(with("Acme"));
        assertThat(storage.flush()).isEmpty();
        try (var files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("planner-unreadable-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ not json");
        }
    }

    @Test
    void unreadableJournalBesideAReadableFile_noFreshStartOffered() throws IOException {
        storage = new WindowStorage(folder, clock);
        storage.open(PlannerStorage.Progress.NONE);
        storage.saveSoon(with("Acme"));
        assertThat(storage.flush()).isEmpty();
        storage.close();
        Path journal = folder.resolve("planner.journal");
        Files.deleteIfExists(journal);
        Files.createDirectory(journal); // cannot be read as a journal
        storage = new WindowStorage(folder, clock);
        assertThatThrownBy(() -> storage.open(PlannerStorage.Progress.NONE))
                .isInstanceOfSatisfying(StorageProblem.class, p -> {
                    assertThat(p.getMessage()).contains("planner.journal");
                    assertThat(p.actions()).containsExactly(RecoveryAction.QUIT);
                });
    }

    @Test
    void missingFileBesideBackups_offersTheNewestBackupAndRestoresIt() throws IOException {
        storage = new WindowStorage(folder, clock);
        storage.open(PlannerStorage.Progress.NONE);
        storage.saveSoon(with("Acme"));
        storage.flush();
        storage.saveSoon(with("Globex"));
        storage.flush();
        storage.close();
        Files.delete(folder.resolve(PlannerStore.FILE_NAME));
        storage = new WindowStorage(folder, clock);
        assertThatThrownBy(() -> storage.open(PlannerStorage.Progress.NONE))
                .isInstanceOfSatisfying(StorageProblem.class, p -> {
                    assertThat(p.actions()).containsExactly(RecoveryAction.RESTORE_BACKUP, RecoveryAction.QUIT);
                    assertThat(p.getMessage()).startsWith(folder.resolve(PlannerStore.FILE_NAME) + " is missing");
                });
        assertThat(folder.resolve(PlannerStore.FILE_NAME)).doesNotExist();
        PlannerStorage.Opened restored = storage.restoreNewestBackup(PlannerStorage.Progress.NONE);
        assertThat(restored.data().prospects()).extracting(Prospect::company).containsExactly("Acme");
        assertThat(restored.readOnly()).isFalse();
    }

    @Test
    void dataFileMadeReadOnlyByTheRep_opensReadOnlySayingWhy_andIsNeverReplaced() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"));
        storage = new WindowStorage(folder, clock);
        storage.open(PlannerStorage.Progress.NONE);
        storage.saveSoon(with("Acme"));
        assertThat(storage.flush()).isEmpty();
        storage.close();
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(file);

        storage = new WindowStorage(folder, clock);
        PlannerStorage.Opened opened = storage.open(PlannerStorage.Progress.NONE);
        assertThat(opened.readOnly()).isTrue();
        assertThat(opened.readOnlyReason()).startsWith("planner.json is read-only (its permissions do not allow "
                + "writing)").contains("chmod u+w " + file);
        storage.saveSoon(with("Globex"));
        assertThat(storage.flush()).hasValueSatisfying(why -> assertThat(why).startsWith("Cannot save " + file
                + ": planner.json is read-only"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("r--------");
    }
}
