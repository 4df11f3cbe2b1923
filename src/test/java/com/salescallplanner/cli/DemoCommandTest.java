package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.FolderLock;
import com.salescallplanner.store.PlannerStore;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path folder;

    private PlannerData load() throws Exception {
        return PlannerStore.openForReading(folder).load().data();
    }

    @Test
    void demo_emptyFolder_writesTheRequestedSampleData() throws Exception {
        CliRun r = CliRun.run(folder, "demo", "--prospects", "25", "--calls", "200", "--seed", "4");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("25 prospects", "200 calls", folder.resolve(PlannerStore.FILE_NAME).toString());
        assertThat(load().prospects()).hasSize(25);
        assertThat(load().calls()).hasSize(200);
    }

    @Test
    void demo_sameSeed_givesTheSameProspects() throws Exception {
        CliRun.run(folder, "demo", "--prospects", "5", "--calls", "20", "--seed", "9");
        PlannerData first = load();
        CliRun.run(folder, "demo", "--prospects", "5", "--calls", "20", "--seed", "9", "--force");
        assertThat(load().prospects()).isEqualTo(first.prospects());
    }

    @Test
    void demo_existingData_isRefusedWithoutForceAndNothingChanges() throws Exception {
        CliRun.run(folder, "demo", "--prospects", "3", "--calls", "6", "--seed", "1");
        byte[] before = Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME));
        CliRun r = CliRun.run(folder, "demo", "--prospects", "8", "--calls", "10");
        assertThat(r.status()).isEqualTo(StoreErrors.REFUSED);
        assertThat(r.err()).contains("already holds 3 prospects", "--force", "Nothing was changed");
        assertThat(Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void demo_withForce_replacesTheDataAndKeepsTheOldFileAsABackup() throws Exception {
        CliRun.run(folder, "demo", "--prospects", "3", "--calls", "6", "--seed", "1");
        byte[] before = Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME));
        CliRun r = CliRun.run(folder, "demo", "--prospects", "8", "--calls", "10", "--force");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("previous data is kept as backups/");
        assertThat(load().prospects()).hasSize(8);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThat(Files.readAllBytes(store.backups().get(0).path())).isEqualTo(before);
        }
    }

    @Test
    void demo_whileTheFolderIsInUse_isRefusedButListStillWorks() throws Exception {
        CliRun.run(folder, "demo", "--prospects", "3", "--calls", "6", "--seed", "1");
        try (FolderLock held = FolderLock.acquire(folder)) {
            CliRun r = CliRun.run(folder, "demo", "--force");
            assertThat(r.status()).isEqualTo(StoreErrors.FOLDER_IN_USE);
            assertThat(r.err().strip()).startsWith("Error: Sales Call Planner is already open on " + folder);
            assertThat(CliRun.run(folder, "list").status()).isZero();
        }
        assertThat(load().prospects()).hasSize(3);
    }

    @Test
    void demo_badCounts_isAUsageError() {
        CliRun r = CliRun.run(folder, "demo", "--prospects", "0", "--calls", "5");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Calls need at least one prospect");
        assertThat(folder.resolve(PlannerStore.FILE_NAME)).doesNotExist();
    }
}
