package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.sample.SampleGenerator;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second process for the lock and crash tests, started with the test class path:
 * {@code lock DIR} holds the folder's lock until killed; {@code write DIR K} saves state after
 * state in a loop from counter K on, printing "saved N" after each save returns; {@code hold DIR}
 * opens the folder for writing and saves state K for each line "save K" it reads, printing
 * "saved K" or "refused KIND message"; {@code journal DIR} makes edit after edit through the journal
 * and folds it now and then ({@link JournalCrashTest}).
 */
public final class StoreChild {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static PlannerData base;

    private StoreChild() {
    }

    /** The state with counter k: a sizeable planner whose content depends on k. */
    static synchronized PlannerData state(int k) {
        if (base == null) {
            base = SampleGenerator.generate(150, 1_000, 99, NOW);
        }
        List<Prospect> people = new ArrayList<>(base.prospects());
        Prospect first = people.get(0);
        PlannerData d = base.withProspect(first.withNotes("save " + k));
        // Vary the size too, so a half-written file could never pass for a whole one.
        for (int i = 0; i < k % 7; i++) {
            d = d.withoutProspect(people.get(people.size() - 1 - i).id());
        }
        return d;
    }

    /** The counter of a state made by {@link #state}. */
    static int counterOf(PlannerData d) {
        return Integer.parseInt(d.prospects().get(0).notes().substring("save ".length()));
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("lock")) {
            try (FolderLock lock = FolderLock.acquire(folder)) {
                System.out.println("locked");
                System.out.flush();
                TimeUnit.HOURS.sleep(1);
            }
            return;
        }
        if (args[0].equals("hold")) {
            hold(folder);
            return;
        }
        if (args[0].equals("journal")) {
            JournalCrashTest.edit(folder);
            return;
        }
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            int k = Integer.parseInt(args[2]);
            state(k);
            System.out.println("ready");
            System.out.flush();
            while (true) {
                store.save(state(k));
                System.out.println("saved " + k);
                System.out.flush();
                k++;
            }
        }
    }

    /** Opens for writing and loads, then saves state K for each line "save K" on stdin, printing what happened. */
    private static void hold(Path folder) throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder);
             java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                     java.nio.charset.StandardCharsets.UTF_8))) {
            store.load();
            System.out.println("ready");
            System.out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int k = Integer.parseInt(line.substring("save ".length()));
                try {
                    store.save(state(k));
                    System.out.println("saved " + k);
                } catch (StoreException e) {
                    System.out.println("refused " + e.kind() + " " + e.getMessage());
                }
                System.out.flush();
            }
        }
    }
}
