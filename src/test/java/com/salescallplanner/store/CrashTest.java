package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving a sizeable planner in a loop is killed (SIGKILL) at random moments. After
 * every kill the file must load and hold one of the fully saved states: the last acknowledged
 * one or the one being saved when the kill came, never a mix, never less.
 */
class CrashTest {
    static final int KILLS = 50;

    @TempDir
    Path folder;

    @Test
    void save_killedAtRandomMoments_alwaysLeavesAWholeSavedState() throws Exception {
        Random random = new Random(20261127);
        int lastAcknowledged = -1;
        List<String> printed = List.of();
        for (int round = 0; round < KILLS; round++) {
            try (ChildProcess child = new ChildProcess("write", folder, String.valueOf(lastAcknowledged + 2))) {
                child.await("ready");
                child.await("saved ");
                Thread.sleep(random.nextInt(250));
                child.kill();
                String last = child.lastSaved();
                lastAcknowledged = Integer.parseInt(last.substring("saved ".length()));
                printed = List.copyOf(child.printed());
            }
            PlannerData loaded = PlannerStore.openForReading(folder).load().data();
            int k = StoreChild.counterOf(loaded);
            assertThat(k).as("round %d: an acknowledged save survives the kill; the child printed %s", round, printed)
                    .isBetween(lastAcknowledged, lastAcknowledged + 1);
            lastAcknowledged = k;
            assertThat(loaded).as("round %d: state %d is whole", round, k).isEqualTo(StoreChild.state(k));
        }
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
            // Every backup that survived the kills is a whole state too.
            for (Backup b : store.backups()) {
                PlannerData d = PlannerJson.read(Files.readAllBytes(b.path())).data();
                assertThat(d).isEqualTo(StoreChild.state(StoreChild.counterOf(d)));
            }
        }
    }
}
