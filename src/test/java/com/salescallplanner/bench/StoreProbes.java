package com.salescallplanner.bench;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.format.PlannerJson;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The small programs behind some figures in docs/performance.md (issue 15), each on a copy of a
 * data folder it may change:
 * <pre>
 * java -cp "target/classes:target/test-classes:target/lib/*" com.salescallplanner.bench.StoreProbes edits DIR 3000
 * ... StoreProbes loads DIR 8         (PlannerStore.load in one JVM, ms each)
 * ... StoreProbes memory DIR          (heap in use after loading, after System.gc)
 * ... StoreProbes prospects DIR 5     (PlannerJson.readProspectsFirst, ms each)
 * </pre>
 * {@code edits}: one prospect edited, then {@code saveEdits}, against appending and forcing the same
 * bytes; medians of the second half.
 */
public final class StoreProbes {
    private StoreProbes() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        switch (args[0]) {
            case "edits" -> edits(dir, n);
            case "loads" -> {
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    PlannerStore.openForReading(dir).load();
                    System.out.print((System.nanoTime() - t) / 1_000_000 + " ");
                }
                System.out.println("ms");
            }
            case "memory" -> {
                PlannerData d = PlannerStore.openForReading(dir).load().data();
                System.gc();
                System.gc();
                Runtime r = Runtime.getRuntime();
                System.out.println("in use " + (r.totalMemory() - r.freeMemory()) / 1_000_000 + " MB with "
                        + d.prospects().size() + " prospects loaded");
            }
            case "prospects" -> {
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(PlannerStore.FILE_NAME)),
                            1 << 16)) {
                        int read = PlannerJson.readProspectsFirst(in).map(x -> x.prospects().size()).orElse(-1);
                        System.out.println(read + " prospects in " + (System.nanoTime() - t) / 1_000_000 + " ms");
                    }
                }
            }
            default -> throw new IllegalArgumentException("edits, loads, memory or prospects, not " + args[0]);
        }
    }

    private static void edits(Path dir, int n) throws Exception {
        Path journal = dir.resolve("planner.journal");
        try (PlannerStore store = PlannerStore.openForWriting(dir);
             FileChannel floor = FileChannel.open(dir.resolve("floor.bin"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            PlannerData d = store.load().data();
            long[] subject = new long[n];
            long[] bare = new long[n];
            for (int i = 0; i < n; i++) {
                Prospect p = d.prospects().get(i % d.prospects().size());
                d = d.withProspect(p.withNotes("note " + i));
                long before = Files.size(journal);
                long t = System.nanoTime();
                store.saveEdits(d);
                subject[i] = System.nanoTime() - t;
                ByteBuffer b = ByteBuffer.allocate((int) Math.max(1, Files.size(journal) - before));
                long f = System.nanoTime();
                floor.write(b);
                floor.force(false);
                bare[i] = System.nanoTime() - f;
            }
            System.out.println("saveEdits median " + median(subject, n) + " µs; append and force median "
                    + median(bare, n) + " µs");
        } finally {
            Files.deleteIfExists(dir.resolve("floor.bin"));
        }
    }

    private static long median(long[] all, int n) {
        long[] half = Arrays.copyOfRange(all, n / 2, n);
        Arrays.sort(half);
        return half[half.length / 2] / 1000;
    }
}
