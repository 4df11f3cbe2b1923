package com.salescallplanner.store;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An edit of a prospect against an edit of a call, for docs/performance.md (issue 15): on a copy of
 * a data folder (it is changed), 100 edits of the one kind, each made durable at once; medians of
 * edits 30 to 100 of the edit itself and of {@code saveEdits}, as the bench's fresh-JVM figure takes them.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -cp "target/classes:target/test-classes:target/lib/*" \
 *     com.salescallplanner.store.EditKindProbe COPY_OF_DIR prospect|call|history
 * </pre>
 */
public final class EditKindProbe {
    private static final int EDITS = 100;
    private static final int WARM_UP = 30;

    private EditKindProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[1].equals("history")) {
            history(Path.of(args[0]));
            return;
        }
        boolean calls = args[1].equals("call");
        long[] edit = new long[EDITS - WARM_UP];
        long[] save = new long[EDITS - WARM_UP];
        try (PlannerStore store = PlannerStore.openForWriting(Path.of(args[0]))) {
            PlannerData d = store.load().data();
            for (int i = 0; i < EDITS; i++) {
                long t0 = System.nanoTime();
                PlannerData next;
                if (calls) {
                    CallPlan c = d.calls().get(i * 7_919 % d.calls().size());
                    next = d.withCall(c.withAttendees(List.of("Dana Smith", "Round " + i)));
                } else {
                    int at = i * 7_919 % d.prospects().size();
                    next = d.withProspect(d.prospects().get(at).withNotes("Called back on round " + i + "."));
                }
                long t1 = System.nanoTime();
                store.saveEdits(next);
                long t2 = System.nanoTime();
                if (i >= WARM_UP) {
                    edit[i - WARM_UP] = t1 - t0;
                    save[i - WARM_UP] = t2 - t1;
                }
                d = next;
            }
        }
        Arrays.sort(edit);
        Arrays.sort(save);
        System.out.printf("%s: the edit median %.0f µs, saveEdits median %.0f µs%n", args[1],
                edit[edit.length / 2] / 1000.0, save[save.length / 2] / 1000.0);
    }

    /** The heap the undo history's values take: 200 edits of calls, every value kept, as the window's undo keeps them. */
    private static void history(Path folder) throws Exception {
        PlannerData d = PlannerStore.openForReading(folder).load().data();
        long before = usedAfterCollection();
        List<PlannerData> kept = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            CallPlan c = d.calls().get(i * 7_919 % d.calls().size());
            d = d.withCall(c.withAttendees(List.of("Dana Smith", "Round " + i)));
            kept.add(d);
        }
        long after = usedAfterCollection();
        System.out.printf("history: 200 edits of calls kept, %.1f MB more heap (%d values)%n",
                (after - before) / 1e6, kept.size());
    }

    private static long usedAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
