package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.crm.CrmFile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or odd file in place of planner.json or of an import file does: a device that
 * never ends, a named pipe that blocks whoever opens it, a folder, a file beyond the size limit.
 * Each is refused quickly with one line naming the file and the reason; nothing hangs, nothing
 * runs out of memory, no stack trace, and nothing in the data folder changes.
 */
class HostileFilesTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private Path fifo;

    private Path dataFile() {
        return folder.resolve(PlannerStore.FILE_NAME);
    }

    @AfterEach
    void unblockAReaderStuckOnTheFifo() throws IOException {
        if (fifo != null && Files.exists(fifo)) {
            // Opening a FIFO for reading and writing does not block on Linux and lets a blocked reader go on.
            try (FileChannel ch = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ch.size();
            }
        }
    }

    private CliRun run(String... args) {
        return assertTimeoutPreemptively(QUICKLY, () -> CliRun.run(folder, args));
    }

    private static void assertOneLineError(CliRun r, String expected) {
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err().strip()).isEqualTo(expected);
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "OutOfMemory").hasLineCount(1)
                .startsWith("Error: ");
    }

    private Path makeFifo(Path at) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Process p = new ProcessBuilder("/usr/bin/mkfifo", at.toString()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        fifo = at;
        return at;
    }

    @Test
    void list_dataFileIsASymlinkToDevZero_isRefusedAsADevice() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(dataFile(), Path.of("/dev/zero"));
        assertOneLineError(run("list"), "Error: " + dataFile() + " cannot be read: it is a device, not a regular "
                + "file. The file is unchanged. There is no readable backup.");
        assertThat(Files.readSymbolicLink(dataFile())).isEqualTo(Path.of("/dev/zero"));
    }

    @Test
    void list_dataFileIsASymlinkToDevUrandom_isRefusedAsADevice() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/urandom")));
        Files.createSymbolicLink(dataFile(), Path.of("/dev/urandom"));
        assertOneLineError(run("list"), "Error: " + dataFile() + " cannot be read: it is a device, not a regular "
                + "file. The file is unchanged. There is no readable backup.");
    }

    @Test
    void list_dataFileIsANamedPipe_isRefusedWithoutWaitingForAWriter() throws Exception {
        makeFifo(dataFile());
        assertOneLineError(run("list"), "Error: " + dataFile() + " cannot be read: it is a named pipe (FIFO), not a "
                + "regular file. The file is unchanged. There is no readable backup.");
    }

    @Test
    void import_dataFileIsANamedPipe_isRefusedAndNothingIsWritten() throws Exception {
        makeFifo(dataFile());
        Path csv = folder.resolve("in.csv");
        Files.writeString(csv, "Company,Stage\nAcme,Discovery\n");
        CliRun r = run("import", csv.toString());
        assertOneLineError(r, "Error: " + dataFile() + " cannot be read: it is a named pipe (FIFO), not a "
                + "regular file. The file is unchanged. There is no readable backup.");
        assertThat(Files.isRegularFile(dataFile())).isFalse();
        assertThat(folder.resolve(PlannerStore.BACKUP_FOLDER)).doesNotExist();
    }

    @Test
    void list_dataFileIsAFolder_isRefusedAsAFolder() throws Exception {
        Files.createDirectory(dataFile());
        assertOneLineError(run("list"), "Error: " + dataFile() + " cannot be read: it is a folder, not a regular "
                + "file. The file is unchanged. There is no readable backup.");
    }

    @Test
    void list_dataFileOverTheLimit_isRefusedNamingTheLimit() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dataFile().toFile(), "rw")) {
            f.setLength((1L << 30) + 1); // sparse: takes no disk space
        }
        assertOneLineError(run("list"), "Error: " + dataFile() + " cannot be read: it is 1,073,741,825 bytes, more "
                + "than the 1 GiB a planner file may hold. The file is unchanged. There is no readable backup.");
    }

    @Test
    void import_fromDevZero_isRefusedAsADevice_andTheDataFolderStaysEmpty() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CliRun r = run("import", "/dev/zero");
        assertOneLineError(r, "Error: /dev/zero: The file is a device, not a regular file; import reads regular "
                + "files only.");
        assertThat(dataFile()).doesNotExist();
    }

    @Test
    void import_fromANamedPipe_isRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = makeFifo(folder.resolve("prospects.csv"));
        CliRun r = run("import", pipe.toString());
        assertOneLineError(r, "Error: " + pipe + ": The file is a named pipe (FIFO), not a regular file; import "
                + "reads regular files only.");
        assertThat(dataFile()).doesNotExist();
    }

    @Test
    void import_fromAFolder_isRefusedAsAFolder() throws Exception {
        Path dir = Files.createDirectory(folder.resolve("exports"));
        assertOneLineError(run("import", dir.toString()), "Error: " + dir + ": The file is a folder, not a regular "
                + "file; import reads regular files only.");
    }

    @Test
    void import_fileOverTheLimit_isRefusedNamingTheLimit() throws Exception {
        Path big = folder.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CrmFile.MAX_BYTES + 1);
        }
        assertOneLineError(run("import", big.toString()), "Error: " + big + ": The file is 52,428,801 bytes: an "
                + "import file may be at most 50 MB (52,428,800 bytes).");
        assertThat(dataFile()).doesNotExist();
    }
}
