package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.PlannerData;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path folder;

    @Test
    void openForWriting_whileAnotherProcessHoldsTheLock_isRefusedWithoutTouchingTheData() throws Exception {
        try (PlannerStore first = PlannerStore.openForWriting(folder)) {
            first.save(TestData.full());
        }
        byte[] before = Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME));
        try (ChildProcess holder = new ChildProcess("lock", folder)) {
            holder.await("locked");
            assertThatThrownBy(() -> PlannerStore.openForWriting(folder)).isInstanceOfSatisfying(StoreException.class,
                    e -> {
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
                        assertThat(e.getMessage()).startsWith("Sales Call Planner is already open on " + folder)
                                .contains("(process " + holder.process.pid() + ")");
                    });
            // Reading still works while the other process writes.
            assertThat(PlannerStore.openForReading(folder).load().data()).isEqualTo(TestData.full());
            assertThat(Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME))).isEqualTo(before);

            holder.kill();
            // The lock died with the killed process, though its lock file is still there.
            assertThat(folder.resolve(FolderLock.FILE_NAME)).exists();
            try (PlannerStore next = PlannerStore.openForWriting(folder)) {
                next.save(PlannerData.empty());
            }
        }
    }

    @Test
    void acquire_twiceInOneProcess_isRefused_andFreeAfterClose() throws Exception {
        try (FolderLock lock = FolderLock.acquire(folder)) {
            assertThatThrownBy(() -> FolderLock.acquire(folder)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED));
        }
        FolderLock.acquire(folder).close();
    }

    @Test
    void acquire_refusedInTheProcessThatHoldsIt_keepsHoldingItAgainstOtherProcesses() throws Exception {
        try (FolderLock lock = FolderLock.acquire(folder)) {
            assertThatThrownBy(() -> FolderLock.acquire(folder)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED));
            // On POSIX systems closing any descriptor of the lock file drops the process's lock on it.
            try (ChildProcess other = new ChildProcess("lock", folder)) {
                assertThat(other.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                        .as("the other process was refused and ended; it printed %s", other.printed()).isTrue();
                assertThat(other.printed()).doesNotContain("locked");
            }
        }
    }
}
