package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.PlannerData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per folder, whatever happens to planner.lock while a writer holds it. A writer in
 * another JVM (the operating system's locks are per process) holds the folder; the test deletes
 * or replaces its lock file and lets a second writer in. The first must then refuse to save
 * rather than overwrite the second's work, and must go on only when nobody wrote meanwhile. And
 * no writer deletes another live writer's temporary files.
 */
class LockFileTamperingTest {
    @TempDir
    Path folder;
    private Path lockFile;
    private Path dataFile;

    @BeforeEach
    void startWithSomeData() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(StoreChild.state(0));
        }
        lockFile = folder.resolve(FolderLock.FILE_NAME);
        dataFile = folder.resolve(PlannerStore.FILE_NAME);
    }

    @Test
    void save_afterTheLockFileWasDeletedAndASecondWriterSaved_isRefusedAndTheSecondsWorkStays() throws Exception {
        try (ChildProcess first = new ChildProcess("hold", folder)) {
            first.await("ready");
            Files.delete(lockFile);
            try (PlannerStore second = PlannerStore.openForWriting(folder)) {
                second.load();
                second.save(StoreChild.state(5));
                byte[] secondsWork = Files.readAllBytes(dataFile);

                first.tell("save 7");
                assertThat(first.await("refused ")).isEqualTo("refused LOCKED Could not save " + dataFile + ": "
                        + "planner.lock was deleted or replaced while this Sales Call Planner had the data folder open, "
                        + "and another Sales Call Planner has taken the folder since (process "
                        + ProcessHandle.current().pid() + "). Nothing was saved, so that its work is not overwritten.");
                assertThat(Files.readAllBytes(dataFile)).isEqualTo(secondsWork);
            }
            byte[] secondsWork = Files.readAllBytes(dataFile);
            // The second writer has gone, but it changed planner.json: the first still must not overwrite it.
            first.tell("save 8");
            assertThat(first.await("refused ")).isEqualTo("refused LOCKED Could not save " + dataFile + ": "
                    + "planner.lock was deleted or replaced while this Sales Call Planner had the data folder open, "
                    + "and planner.json has been changed by another program since. Nothing was saved, so that those "
                    + "changes are not overwritten.");
            assertThat(Files.readAllBytes(dataFile)).isEqualTo(secondsWork);
            assertThat(PlannerStore.openForReading(folder).load().data()).isEqualTo(StoreChild.state(5));
        }
    }

    @Test
    void save_afterTheLockFileWasReplacedAndNobodyElseWrote_takesTheNewLockAndKeepsOthersOut() throws Exception {
        try (ChildProcess first = new ChildProcess("hold", folder)) {
            first.await("ready");
            Path other = Files.writeString(folder.resolve("other.lock"), "");
            Files.move(other, lockFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            first.tell("save 3");
            assertThat(first.await("saved ")).isEqualTo("saved 3");
            assertThat(PlannerStore.openForReading(folder).load().data()).isEqualTo(StoreChild.state(3));
            assertThatThrownBy(() -> PlannerStore.openForWriting(folder)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.getMessage()).startsWith("Sales Call Planner is already open on " + folder
                            + " (process " + first.process.pid() + ")"));
        }
    }

    @Test
    void openForWriting_leavesTheTemporaryFilesOfARunningWriter_andRemovesThoseOfEndedOnes() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        assertThat(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (ChildProcess live = new ChildProcess("lock", folder.resolve("elsewhere"))) {
            live.await("locked");
            Path ofTheLiveOne = folder.resolve("planner.json." + live.process.pid() + "-a1b2.tmp");
            Path ofTheEndedOne = folder.resolve("planner.json." + ended.pid() + "-c3d4.tmp");
            Files.writeString(ofTheLiveOne, "{\"half");
            Files.writeString(ofTheEndedOne, "{\"half");
            try (PlannerStore store = PlannerStore.openForWriting(folder)) {
                assertThat(ofTheLiveOne).exists();
                assertThat(ofTheEndedOne).doesNotExist();
                store.save(PlannerData.empty());
            }
            assertThat(ofTheLiveOne).exists();
        }
    }
}
