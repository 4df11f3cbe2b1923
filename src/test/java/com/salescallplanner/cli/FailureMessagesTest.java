package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.store.PlannerStore;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command's failure message must be true for that command: a command that could not save
 * has ended, so nothing is "kept in memory" or "tried again"; a data folder that is a plain file
 * is an error, not an empty planner, and the message says so instead of naming the path twice.
 */
class FailureMessagesTest {
    @TempDir
    Path root;

    private Path folder() {
        return root.resolve("data");
    }

    private Path dataFile() {
        return folder().resolve(PlannerStore.FILE_NAME);
    }

    private static void assertOneLineError(CliRun r, String expected) {
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err().strip()).isEqualTo(expected);
        assertThat(r.err()).doesNotContain("\tat ", "Exception").hasLineCount(1);
        assertThat(r.out()).isEmpty();
    }

    /** A planner with data, and a plain file where the backups folder belongs: the next save cannot keep a backup. */
    private byte[] plannerWithBackupsBlockedByAFile() throws Exception {
        assertThat(CliRun.run(folder(), "demo", "--prospects", "2", "--calls", "3", "--seed", "1").status()).isZero();
        Files.writeString(folder().resolve(PlannerStore.BACKUP_FOLDER), "not a folder");
        return Files.readAllBytes(dataFile());
    }

    @Test
    void import_whenTheSaveFails_saysNothingWasSavedAndPromisesNoRetry() throws Exception {
        byte[] before = plannerWithBackupsBlockedByAFile();
        CliRun r = CliRun.run(folder(), "import", ImportCommandTest.fixture("salesforce-opportunities.csv"));
        assertOneLineError(r, "Error: Could not save " + dataFile() + ": " + folder().resolve("backups")
                + " is a file, not a folder. Nothing was saved.");
        assertThat(r.err()).doesNotContain("kept in memory", "tried again");
        assertThat(Files.readAllBytes(dataFile())).isEqualTo(before);
    }

    @Test
    void demoForce_whenTheSaveFails_saysNothingWasSaved() throws Exception {
        byte[] before = plannerWithBackupsBlockedByAFile();
        CliRun r = CliRun.run(folder(), "demo", "--prospects", "5", "--calls", "5", "--force");
        assertOneLineError(r, "Error: Could not save " + dataFile() + ": " + folder().resolve("backups")
                + " is a file, not a folder. Nothing was saved.");
        assertThat(Files.readAllBytes(dataFile())).isEqualTo(before);
    }

    @Test
    void list_dataFolderIsAPlainFile_isAnErrorNotAnEmptyPlanner() throws Exception {
        Files.writeString(folder(), "notes");
        CliRun r = CliRun.run(folder(), "list");
        assertOneLineError(r, "Error: The data folder " + folder() + " is a file, not a folder. Move the file away "
                + "or choose another data folder.");
        assertThat(Files.readString(folder())).isEqualTo("notes");
    }

    @Test
    void import_dataFolderIsAPlainFile_saysSoInsteadOfNamingThePathTwice() throws Exception {
        Files.writeString(folder(), "notes");
        CliRun r = CliRun.run(folder(), "import", ImportCommandTest.fixture("salesforce-opportunities.csv"));
        assertOneLineError(r, "Error: The data folder " + folder() + " is a file, not a folder. Move the file away "
                + "or choose another data folder.");
        assertThat(Files.readString(folder())).isEqualTo("notes");
    }

    @Test
    void demo_dataFolderInsideAPlainFile_namesTheFileInTheWay() throws Exception {
        Path blocker = root.resolve("work");
        Files.writeString(blocker, "notes");
        Path inside = blocker.resolve("planner-data");
        CliRun r = CliRun.run(inside, "demo", "--prospects", "2", "--calls", "3");
        assertOneLineError(r, "Error: The data folder " + inside + " cannot be used: " + blocker + " is a file, not "
                + "a folder. Move the file away or choose another data folder.");
        assertThat(CliRun.run(inside, "list").err().strip()).isEqualTo("Error: The data folder " + inside
                + " cannot be used: " + blocker + " is a file, not a folder. Move the file away or choose another "
                + "data folder.");
        assertThat(Files.readString(blocker)).isEqualTo("notes");
    }
}
