package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff.Change;
import com.salescallplanner.store.edits.RecordKey;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The program behind the journal line's figure in docs/performance.md (issue 15): in a fresh JVM,
 * the parts of appending one edited prospect of a data folder (it is not changed) to a scratch
 * file: building the line, the file's size, the write, the force; medians of edits 30 to 100, as
 * the bench's fresh-JVM edit figure takes them.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -cp "target/classes:target/test-classes:target/lib/*" \
 *     com.salescallplanner.store.JournalLineProbe DIR
 * </pre>
 */
public final class JournalLineProbe {
    private static final int EDITS = 100;
    private static final int WARM_UP = 30;

    private JournalLineProbe() {
    }

    public static void main(String[] args) throws Exception {
        PlannerData d = PlannerStore.openForReading(Path.of(args[0])).load().data();
        Path scratch = Files.createTempFile("journal-line-probe", ".jsonl");
        long[][] t = new long[4][EDITS];
        try (FileChannel ch = FileChannel.open(scratch, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (int i = 0; i < EDITS; i++) {
                Prospect p = d.prospects().get(i % d.prospects().size()).withNotes("note " + i);
                Change c = new Change(RecordKey.prospect(p.id().value()), Bodies.prospect(p), "");
                long t0 = System.nanoTime();
                byte[] line = JournalLines.edit(i + 1, c, 0);
                long t1 = System.nanoTime();
                ch.size();
                long t2 = System.nanoTime();
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                long t3 = System.nanoTime();
                ch.force(false);
                long t4 = System.nanoTime();
                t[0][i] = t1 - t0;
                t[1][i] = t2 - t1;
                t[2][i] = t3 - t2;
                t[3][i] = t4 - t3;
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
        String[] names = {"the line", "the file's size", "the write", "the force"};
        for (int k = 0; k < names.length; k++) {
            long[] s = Arrays.copyOfRange(t[k], WARM_UP, EDITS);
            Arrays.sort(s);
            System.out.printf("%s: median %.1f µs%n", names[k], s[s.length / 2] / 1000.0);
        }
    }
}
