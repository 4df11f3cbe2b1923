package com.salescallplanner.bench;

import com.salescallplanner.app.CommandStoreAccess;
import com.salescallplanner.cli.RootCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import picocli.CommandLine;

/**
 * Child JVM: the {@code import} command on a CRM export of N rows into an empty data folder
 * (read, detect, parse, match, one save), against its floor: reading the same file and parsing
 * it with Commons CSV, the least any import must do. Then the same import once more into the
 * folder it filled (every row matched and unchanged), and the peak heap of a first import.
 * Prints {@code SAMPLES import-N}, {@code import-cpu-N} (the importing thread's CPU time: on a shared
 * machine the wall time includes waiting for a core), {@code reimport-N} and {@code import-heap-N}.
 * Arguments: CSV file, work folder, rows, rounds, warm-up rounds.
 */
public final class ImportBench {
    private static final double MB = 1024.0 * 1024.0;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int warmups = Integer.parseInt(args[4]);
        double heap = peakHeapOfImport(csv, work.resolve("heap"));
        List<Double> floor = new ArrayList<>();
        List<Double> subject = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < warmups + rounds; i++) {
            double f = parseOnly(csv);
            Path folder = work.resolve("round-" + i);
            double[] s = importInto(csv, folder);
            double[] a = importInto(csv, folder);
            BenchSuite.deleteTree(folder);
            if (i >= warmups) {
                floor.add(f);
                subject.add(s[0]);
                cpu.add(s[1]);
                again.add(a[0]);
            }
            System.out.printf("round %d: parse %.0f ms, import %.0f ms (CPU %.0f ms), again %.0f ms%n", i, f, s[0],
                    s[1], a[0]);
        }
        System.out.println(new Samples("import-" + rows, floor, subject).line());
        System.out.println(new Samples("import-cpu-" + rows, floor, cpu).line());
        System.out.println(new Samples("reimport-" + rows, floor, again).line());
        System.out.println(new Samples("import-heap-" + rows, List.of(Files.size(csv) / MB), List.of(heap)).line());
    }

    /**
     * The import command as the rep runs it, in this JVM: wall time and the importing thread's CPU
     * time, in ms. Fails unless every row was imported or unchanged.
     */
    static double[] importInto(Path csv, Path folder) {
        CommandLine cl = new CommandLine(new RootCommand(f -> 99, opt -> folder, new CommandStoreAccess()));
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(System.out, true));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int status = cl.execute("import", csv.toString());
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        if (status != 0) {
            throw new IllegalStateException("import of " + csv + " exited with " + status);
        }
        return new double[] {ms, cpu};
    }

    /** The floor: the file read and every record parsed. */
    static double parseOnly(Path csv) throws IOException {
        long t0 = System.nanoTime();
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
        int n = 0;
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                n += r.size();
            }
        }
        if (n == 0) {
            throw new IllegalStateException("empty " + csv);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The most heap in use at any time during one import into an empty folder, in MB (first thing this JVM does). */
    static double peakHeapOfImport(Path csv, Path folder) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        importInto(csv, folder);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        BenchSuite.deleteTree(folder);
        return peak / MB;
    }
}
