package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salescallplanner.store.PlannerStore;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner.json the rep made read-only (chmod 0400) is respected: commands that would change it
 * refuse and say why, and the file keeps its content and its rights. The decision is checked on
 * the file's permission bits, so it holds for root too (whom the system would let write).
 */
class ReadOnlyDataFileTest {
    @TempDir
    Path folder;
    private Path file;
    private byte[] before;

    @BeforeEach
    void makeTheDataFileReadOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(CliRun.run(folder, "demo", "--prospects", "2", "--calls", "3", "--seed", "1").status()).isZero();
        file = folder.resolve(PlannerStore.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        before = Files.readAllBytes(file);
    }

    private String reason() {
        return "planner.json is read-only (its permissions do not allow writing), so nothing is changed. To make "
                + "changes, make it writable again (chmod u+w " + file + "; on Windows, clear Read-only in its "
                + "Properties).";
    }

    private void assertUnchanged() throws Exception {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
        assertThat(folder.resolve(PlannerStore.BACKUP_FOLDER)).doesNotExist();
    }

    @Test
    void import_intoAReadOnlyDataFile_refusesSayingWhy() throws Exception {
        CliRun r = CliRun.run(folder, "import", ImportCommandTest.fixture("salesforce-opportunities.csv"));
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err().strip()).isEqualTo("Error: " + file + ": " + reason());
        assertUnchanged();
    }

    @Test
    void demoForce_onAReadOnlyDataFile_refusesSayingWhy() throws Exception {
        CliRun r = CliRun.run(folder, "demo", "--prospects", "4", "--calls", "4", "--force");
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err().strip()).isEqualTo("Error: Cannot save " + file + ": " + reason());
        assertUnchanged();
    }

    @Test
    void list_ofAReadOnlyDataFile_readsIt() throws Exception {
        CliRun r = CliRun.run(folder, "list");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("2 prospects");
        assertUnchanged();
    }
}
