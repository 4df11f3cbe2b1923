package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.format.RecordJson;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The program behind "where a fresh JVM's edit goes" in docs/performance.md (issue 15): on a copy of a
 * data folder (it is changed), one prospect edited at a time and made durable, timing what
 * {@code saveEdits} does for it: the body written, read back and compared, the whole check
 * ({@code JournalEdits.between}), then {@code saveEdits} itself (which checks again, then appends and
 * forces); medians of edits 30 to 100, as the bench's fresh-JVM figure takes them.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -cp "target/classes:target/test-classes:target/lib/*" \
 *     com.salescallplanner.store.EditPartsProbe COPY_OF_DIR
 * </pre>
 */
public final class EditPartsProbe {
    private static final int EDITS = 100;
    private static final int WARM_UP = 30;

    private EditPartsProbe() {
    }

    public static void main(String[] args) throws Exception {
        long[][] t = new long[5][EDITS];
        try (PlannerStore store = PlannerStore.openForWriting(Path.of(args[0]))) {
            PlannerData d = store.load().data();
            for (int i = 0; i < EDITS; i++) {
                int at = i % d.prospects().size();
                PlannerData next = d.withProspect(d.prospects().get(at).withNotes("note " + i));
                Prospect edited = next.prospects().get(at);
                long t0 = System.nanoTime();
                String body = Bodies.prospect(edited);
                long t1 = System.nanoTime();
                Prospect back = RecordJson.prospect(body, d.stages());
                long t2 = System.nanoTime();
                boolean same = back.equals(edited);
                long t3 = System.nanoTime();
                JournalEdits.between(d, next);
                long t4 = System.nanoTime();
                store.saveEdits(next);
                long t5 = System.nanoTime();
                if (!same) {
                    throw new AssertionError("the body did not read back as the prospect");
                }
                long[] parts = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
                for (int k = 0; k < parts.length; k++) {
                    t[k][i] = parts[k];
                }
                d = next;
            }
        }
        String[] names = {"the body written", "read back", "compared", "the whole check", "saveEdits"};
        for (int k = 0; k < names.length; k++) {
            long[] s = Arrays.copyOfRange(t[k], WARM_UP, EDITS);
            Arrays.sort(s);
            System.out.printf("%s: median %.0f µs%n", names[k], s[s.length / 2] / 1000.0);
        }
    }
}
