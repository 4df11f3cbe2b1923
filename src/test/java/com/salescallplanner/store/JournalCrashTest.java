package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.store.format.PlannerJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer making edit after edit through the journal, and folding the journal into
 * planner.json every few edits, is killed (SIGKILL) at random moments: half of the kills while
 * it appends, half after it started a fold. After every kill the data read back must be exactly
 * the state after the last edit the writer reported saved, or after the one it was saving:
 * every edit reported durable is there and nothing else changed. Two folders are worked on at
 * once (two writers) to keep the run short; each kill is a new JVM.
 */
class JournalCrashTest {
    static final int LANES = 2;
    static final int KILLS_PER_LANE = 55;
    /** The child folds after every this many edits. */
    static final int FOLD_EVERY = 6;
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path root;

    @Test
    void killedWhileAppendingOrFolding_keepsEveryEditReportedSavedAndNothingElse() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path folder = root.resolve("lane-" + lane);
                long seed = 20261206L + lane;
                results.add(lanes.submit(() -> lane(folder, seed)));
            }
            int appendKills = 0;
            int foldKills = 0;
            for (Future<int[]> f : results) {
                int[] kills = f.get();
                appendKills += kills[0];
                foldKills += kills[1];
            }
            assertThat(appendKills + foldKills).isGreaterThanOrEqualTo(100);
            assertThat(foldKills).as("kills after a fold started").isGreaterThanOrEqualTo(40);
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Returns the kills while appending and those after a fold started. */
    private static int[] lane(Path folder, long seed) throws Exception {
        Random random = new Random(seed);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(state(0));
        }
        List<PlannerData> states = new ArrayList<>(List.of(state(0)));
        int acknowledged = 0;
        int[] kills = new int[2];
        for (int round = 0; round < KILLS_PER_LANE; round++) {
            boolean inFold = round % 2 == 1;
            List<String> printed;
            try (ChildProcess child = new ChildProcess("journal", folder)) {
                child.await("ready");
                if (inFold) {
                    child.await("folding ");
                    Thread.sleep(random.nextInt(60));
                } else {
                    child.await("saved ");
                    Thread.sleep(random.nextInt(40));
                }
                child.kill();
                String last = child.lastSaved();
                if (!last.isEmpty()) {
                    acknowledged = Integer.parseInt(last.substring("saved ".length()));
                }
                printed = List.copyOf(child.printed());
            }
            kills[inFold ? 1 : 0]++;
            LoadResult r = PlannerStore.openForReading(folder).load();
            int k = counterOf(r.data());
            assertThat(k).as("%s round %d: an edit reported saved survives the kill; the child printed %s", folder,
                    round, tail(printed)).isBetween(acknowledged, acknowledged + 1);
            while (states.size() <= k) {
                states.add(edit(states.get(states.size() - 1), states.size()));
            }
            assertThat(r.data()).as("%s round %d: exactly the state after edit %d (%s); the child printed %s", folder,
                    round, k, firstDifference(states.get(k), r.data()), tail(printed)).isEqualTo(states.get(k));
            assertThat(r.notice().orElse("")).as("nothing damaged").doesNotContain("damaged", "not applied");
            acknowledged = k;
        }
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThat(counterOf(store.load().data())).isEqualTo(acknowledged);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"))
                        .noneMatch(n -> n.startsWith("planner-journal-"));
            }
            for (Backup b : store.backups()) { // every version a fold replaced is a whole state
                PlannerData d = PlannerJson.read(Files.readAllBytes(b.path())).data();
                assertThat(d).isEqualTo(states.get(counterOf(d)));
            }
        }
        return kills;
    }

    /** Where two planners first differ, for the failure message: which list, which index, both values. */
    static String firstDifference(PlannerData expected, PlannerData actual) {
        if (!expected.stages().equals(actual.stages()) || !expected.ladder().equals(actual.ladder())) {
            return "the settings differ";
        }
        for (int i = 0; i < Math.max(expected.prospects().size(), actual.prospects().size()); i++) {
            Object e = i < expected.prospects().size() ? expected.prospects().get(i) : null;
            Object a = i < actual.prospects().size() ? actual.prospects().get(i) : null;
            if (!java.util.Objects.equals(e, a)) {
                return "prospect " + i + ": expected " + e + " but was " + a;
            }
        }
        for (int i = 0; i < Math.max(expected.calls().size(), actual.calls().size()); i++) {
            Object e = i < expected.calls().size() ? expected.calls().get(i) : null;
            Object a = i < actual.calls().size() ? actual.calls().get(i) : null;
            if (!java.util.Objects.equals(e, a)) {
                return "call " + i + ": expected " + e + " but was " + a;
            }
        }
        return "the learned phrasings differ";
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 6), lines.size());
    }

    /** The planner before any edit. */
    static PlannerData state(int k) {
        PlannerData base = SampleGenerator.generate(40, 240, 4242, NOW);
        Prospect first = base.prospects().get(0);
        return base.withProspect(first.withNotes("edit 0"));
    }

    /**
     * Edit k: the first prospect's notes say k (the counter the test reads back); every third
     * edit also changes another prospect, every fifth removes a call, every eleventh a prospect
     * and its calls.
     */
    static PlannerData edit(PlannerData d, int k) {
        PlannerData next = d.withProspect(d.prospects().get(0).withNotes("edit " + k));
        if (k % 3 == 1 && next.prospects().size() > 1) {
            Prospect p = next.prospects().get(1 + k * 7 % (next.prospects().size() - 1));
            next = next.withProspect(p.withNotes("touched by edit " + k));
        }
        if (k % 5 == 2 && !next.calls().isEmpty()) {
            next = next.withoutCall(next.calls().get(k * 13 % next.calls().size()).id());
        }
        if (k % 11 == 5 && next.prospects().size() > 2) {
            next = next.withoutProspect(next.prospects().get(next.prospects().size() - 1).id());
        }
        return next;
    }

    static int counterOf(PlannerData d) {
        return Integer.parseInt(d.prospects().get(0).notes().substring("edit ".length()));
    }

    /** The child: loads, then edits on from the counter it finds, folding every few edits, until killed. */
    static void edit(Path folder) throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData d = store.load().data();
            int k = counterOf(d);
            System.out.println("ready");
            System.out.flush();
            while (true) {
                k++;
                d = edit(d, k);
                store.saveEdits(d);
                System.out.println("saved " + k);
                System.out.flush();
                if (k % FOLD_EVERY == 0) {
                    System.out.println("folding " + k);
                    System.out.flush();
                    store.foldJournal();
                    System.out.println("folded " + k);
                    System.out.flush();
                }
            }
        }
    }
}
