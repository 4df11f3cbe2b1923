package com.salescallplanner.bench;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.PlannerStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child JVM: the heap the loaded store keeps, after garbage collection, against the file's size.
 * Prints {@code SAMPLES memory floor=<file MB> subject=<heap MB in use>}, and the heap before
 * loading for reference. Argument: data folder.
 */
public final class MemoryBench {
    private static final double MB = 1024.0 * 1024.0;

    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long fileBytes = Files.size(folder.resolve(PlannerStore.FILE_NAME));
        // Load once and drop it, so that classes and caches touched by loading count in the baseline.
        PlannerStore.openForReading(folder).load();
        long before = usedAfterGc();
        PlannerData data = PlannerStore.openForReading(folder).load().data();
        long after = usedAfterGc();
        System.out.printf("heap in use: %.0f MB before loading, %.0f MB with %s loaded; file %.0f MB%n",
                before / MB, after / MB, data, fileBytes / MB);
        System.out.println(new Samples("memory", List.of(fileBytes / MB), List.of(after / MB)).line());
        System.out.println(new Samples("memory-data", List.of(fileBytes / MB), List.of((after - before) / MB)).line());
        Reference.reachabilityFence(data);
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
