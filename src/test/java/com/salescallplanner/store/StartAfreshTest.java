package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner file that cannot be read, with no backup to restore, can be kept aside (renamed, byte
 * for byte, with its journal) for a new, empty planner; in every other case nothing is touched.
 */
class StartAfreshTest {
    private static final PlannerData ACME = PlannerData.empty().withProspect(Prospect.create("Acme", "",
            StageModel.DISCOVERY, LocalDate.of(2026, 3, 3)));
    private static final String BROKEN = "{\"schemaVersion\": 3, \"prospects\": [";
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(PlannerStore.FILE_NAME);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Path onlyFileStartingWith(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).reduce((a, b) -> {
                throw new AssertionError("two files start with " + prefix);
            }).orElseThrow();
        }
    }

    @Test
    void startAfresh_unreadableFileNoBackups_keepsItAsideWithItsJournal_andOpensEmpty() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full()); // the first save: no backup yet, and a journal on this file
        }
        Files.writeString(file(), BROKEN);
        byte[] journal = Files.readAllBytes(folder.resolve(Journal.FILE_NAME));

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreException.class);
            LoadResult fresh = store.startAfresh();

            Path aside = onlyFileStartingWith("planner-unreadable-");
            Path journalAside = onlyFileStartingWith("planner-journal-unapplied-");
            assertThat(fresh.data()).isEqualTo(PlannerData.empty());
            assertThat(fresh.notice()).hasValueSatisfying(n -> assertThat(n).contains(aside.getFileName().toString())
                    .contains(journalAside.getFileName().toString()).contains(folder.toString()));
            String time = aside.getFileName().toString().replace("planner-unreadable-", "").replace(".json", "");
            assertThat(journalAside.getFileName().toString()).as("kept under the same time").contains(time);
            assertThat(Files.readString(aside)).isEqualTo(BROKEN);
            assertThat(Files.readAllBytes(onlyFileStartingWith("planner-journal-unapplied-"))).isEqualTo(journal);
            assertThat(file()).doesNotExist();
            store.saveEdits(ACME);
        }
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThat(store.load().data()).isEqualTo(ACME);
        }
    }

    @Test
    void startAfresh_fileCanBeRead_isRefusedAndNothingChanges() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full());
        }
        List<String> before = names();
        byte[] bytes = Files.readAllBytes(file());

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::startAfresh).isInstanceOfSatisfying(StoreException.class, e ->
                    assertThat(e.getMessage()).contains("it can be read. Nothing was changed."));
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(bytes);
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void startAfresh_backupsExist_isRefusedPointingToThem() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full());
            store.save(PlannerData.empty()); // keeps the first version as a backup
        }
        Files.writeString(file(), BROKEN);

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::startAfresh).isInstanceOfSatisfying(StoreException.class, e ->
                    assertThat(e.getMessage()).contains("the folder holds backups; restore one instead"));
        }
        assertThat(Files.readString(file())).isEqualTo(BROKEN);
    }

    @Test
    void startAfresh_symbolicLinkToNothing_isRefusedAndTheLinkStays() throws Exception {
        Path target = folder.resolve("share-not-connected").resolve(PlannerStore.FILE_NAME);
        Files.createSymbolicLink(file(), target);

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreException.class);
            assertThatThrownBy(store::startAfresh).isInstanceOfSatisfying(StoreException.class, e ->
                    assertThat(e.getMessage()).contains("it is a symbolic link"));
        }
        assertThat(Files.readSymbolicLink(file())).isEqualTo(target);
    }

    @Test
    void startAfresh_storeOpenedForReading_isRefused() throws Exception {
        Files.writeString(file(), BROKEN);

        assertThatThrownBy(() -> PlannerStore.openForReading(folder).startAfresh())
                .isInstanceOfSatisfying(StoreException.class, e ->
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY));
        assertThat(Files.readString(file())).isEqualTo(BROKEN);
        assertThat(names()).containsExactly(PlannerStore.FILE_NAME);
    }
}
