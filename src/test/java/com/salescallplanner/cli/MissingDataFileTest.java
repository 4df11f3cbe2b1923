package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.Backup;
import com.salescallplanner.store.PlannerStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * planner.json gone while backups/ holds earlier versions: a recovery case, not a first start.
 * Every command refuses with the way back (the newest readable backup), exit status 3, and
 * nothing in the folder changes: no new planner is started over the rep's history.
 */
class MissingDataFileTest {
    @TempDir
    Path folder;
    private Backup newest;
    private Map<Path, byte[]> before;

    @BeforeEach
    void deleteTheDataFileAfterSomeSaves() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            for (String company : List.of("Acme", "Globex", "Initech")) {
                store.save(with(company));
            }
            newest = store.backups().get(0);
        }
        Files.delete(folder.resolve(PlannerStore.FILE_NAME));
        before = files();
    }

    private static PlannerData with(String company) {
        return PlannerData.empty().withProspect(Prospect.create(company, "", StageModel.DISCOVERY,
                LocalDate.of(2026, 3, 3)));
    }

    private Map<Path, byte[]> files() throws IOException {
        Map<Path, byte[]> all = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                all.put(folder.relativize(p), Files.readAllBytes(p));
            }
        }
        return all;
    }

    private String expectedError() {
        return "Error: " + folder.resolve(PlannerStore.FILE_NAME) + " is missing, but " + folder.resolve("backups")
                + " holds 2 earlier versions, so this is not a first start: the file was deleted or moved. The newest "
                + "readable backup is " + newest.displayName() + " (saved " + newest.savedAt().toString().replace('T', ' ')
                + "). Nothing was changed. Restore it (in the window, accept the offer; by hand, copy it to "
                + folder.resolve(PlannerStore.FILE_NAME) + "), or move the backups folder away to start a new planner.";
    }

    private void assertRefusedAndNothingChanged(CliRun r) throws IOException {
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err().strip()).isEqualTo(expectedError());
        assertThat(r.out()).isEmpty();
        assertThat(folder.resolve(PlannerStore.FILE_NAME)).doesNotExist();
        assertThat(files()).containsOnlyKeys(before.keySet().toArray(Path[]::new))
                .allSatisfy((p, bytes) -> assertThat(bytes).as("%s", p).isEqualTo(before.get(p)));
    }

    @Test
    void import_dataFileMissingBesideBackups_refusesAndPointsToTheNewestBackup() throws Exception {
        assertRefusedAndNothingChanged(CliRun.run(folder, "import", ImportCommandTest.fixture("salesforce-opportunities.csv")));
    }

    @Test
    void demo_dataFileMissingBesideBackups_refusesEvenWithForce() throws Exception {
        assertRefusedAndNothingChanged(CliRun.run(folder, "demo", "--prospects", "3", "--calls", "5"));
        assertRefusedAndNothingChanged(CliRun.run(folder, "demo", "--prospects", "3", "--calls", "5", "--force"));
    }

    @Test
    void list_dataFileMissingBesideBackups_isAnErrorNotAnEmptyPlanner() throws Exception {
        CliRun r = CliRun.run(folder, "list");
        assertRefusedAndNothingChanged(r);
        assertThat(r.out()).doesNotContain("No prospects yet");
    }

    @Test
    void list_afterTheBackupIsCopiedBack_readsIt() throws Exception {
        Files.copy(newest.path(), folder.resolve(PlannerStore.FILE_NAME));
        CliRun r = CliRun.run(folder, "list");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Globex");
    }
}
