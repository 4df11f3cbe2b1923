package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.PlannerData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner file its journal names (one this version wrote, or read with every check) is read
 * without looking for a key given twice; any other file, hand-edited since, with every check:
 * a repeated key is still refused, first among its problems, and nothing is changed.
 */
class KnownVersionReadTest {
    @TempDir
    Path folder;
    private Path file;
    private Path journal;

    @BeforeEach
    void saveThePlanner() throws Exception {
        file = folder.resolve(PlannerStore.FILE_NAME);
        journal = folder.resolve(Journal.FILE_NAME);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full());
        }
        assertThat(journal).exists();
    }

    private PlannerReading reading() throws StoreException {
        Inspector inspector = new Inspector(file, new Backups(folder.resolve(PlannerStore.BACKUP_FOLDER), ZoneOffset.UTC));
        return PlannerReading.of(inspector, file, null, Optional::empty);
    }

    private void editByHand(String from, String to) throws Exception {
        String json = Files.readString(file);
        assertThat(json).contains(from);
        Files.writeString(file, json.replace(from, to));
    }

    @Test
    void read_fileTheJournalNames_skipsTheRepeatedKeyCheck_andGivesTheSavedData() throws Exception {
        PlannerReading r = reading();

        assertThat(r.read().keysChecked()).isFalse();
        assertThat(r.replayed().data()).isEqualTo(TestData.full());
    }

    @Test
    void read_noJournal_checksEveryKey() throws Exception {
        Files.delete(journal);

        PlannerReading r = reading();

        assertThat(r.read().keysChecked()).isTrue();
        assertThat(r.replayed().data()).isEqualTo(TestData.full());
    }

    @Test
    void load_handEditedFileWithARepeatedKey_isRefusedNamingIt_andNothingChanges() throws Exception {
        editByHand("\"crmId\": \"SF-0061\"", "\"crmId\": \"SF-0061\", \"crmId\": \"SF-9999\"");
        byte[] planner = Files.readAllBytes(file);
        byte[] journalBytes = Files.readAllBytes(journal);

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.UNREADABLE);
                assertThat(e.getMessage()).contains("same field appears twice").contains("The file is unchanged");
            });
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(planner);
        assertThat(Files.readAllBytes(journal)).isEqualTo(journalBytes);
    }

    @Test
    void load_repeatedKeyBeforeAnotherProblem_reportsTheRepeatedKeyAsTheFirst() throws Exception {
        editByHand("\"crmId\": \"SF-0061\"", "\"crmId\": \"SF-0061\", \"crmId\": \"SF-9999\"");
        editByHand("\"type\": \"ADVANCE\"", "\"type\": \"WIN\""); // in the calls, after the prospects

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e ->
                    assertThat(e.getMessage()).contains("same field appears twice").doesNotContain("WIN"));
        }
    }

    @Test
    void load_handEditedValidFile_isCheckedWhole_thenNamedByTheJournalAndTrustedNextTime() throws Exception {
        editByHand("\"company\": \"Acme Logistics GmbH\"", "\"company\": \"Acme Logistik GmbH\"");

        PlannerReading first = reading();
        assertThat(first.read().keysChecked()).isTrue();
        PlannerData loaded;
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            loaded = store.load().data(); // the writer begins the journal on the edited file
        }
        PlannerReading next = reading();

        assertThat(loaded.prospects().get(0).company()).isEqualTo("Acme Logistik GmbH");
        assertThat(next.read().keysChecked()).isFalse();
        assertThat(next.replayed().data()).isEqualTo(loaded);
    }
}
