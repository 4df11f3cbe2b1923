package com.salescallplanner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CRM import figures (issue 11, item 6): the {@code import} command on 5,000, 20,000 and 100,000
 * generated rows, each size in a JVM of its own. No target: the promise is "in seconds,
 * memory proportional to the data", which the figures show against the floor and the file size.
 */
final class ImportFigures {
    private ImportFigures() {
    }

    static List<Figure> measure(Settings s) throws Exception {
        List<Figure> out = new ArrayList<>();
        for (int rows : sizes()) {
            Path csv = CrmCsvGenerator.write(s.dir().resolve("import/crm-" + rows + ".csv"), rows, Settings.SEED);
            int rounds = rows >= 100_000 ? Math.min(3, s.rounds()) : s.rounds();
            int warmups = rows >= 100_000 ? 1 : s.warmups();
            System.out.println("Import: " + rows + " rows (" + rounds + " rounds after " + warmups + " warm-up)");
            ChildJvm jvm = new ChildJvm(List.of("-Xmx2g", "-Dscp.logdir=" + s.dir().resolve("logs")), Map.of());
            for (Samples x : jvm.run(ImportBench.class.getName(), List.of(csv.toString(),
                    s.dir().resolve("import/work").toString(), String.valueOf(rows), String.valueOf(rounds),
                    String.valueOf(warmups)), 60)) {
                out.add(figure(x, rows));
            }
        }
        return out;
    }

    /** -Dbench.importRows="5000 20000 100000" (the default). */
    static List<Integer> sizes() {
        return java.util.Arrays.stream(System.getProperty("bench.importRows", "5000 20000 100000").trim().split("\\s+"))
                .map(Integer::valueOf).toList();
    }

    private static Figure figure(Samples x, int rows) {
        String n = String.format(java.util.Locale.ROOT, "%,d", rows);
        if (x.name().startsWith("import-heap-")) {
            return new Figure("import, peak heap, " + n + " rows", "most heap in use during a first import",
                    "size of the CSV file", "MB", x, Double.NaN, false);
        }
        if (x.name().startsWith("import-cpu-")) {
            return new Figure("import, CPU time, " + n + " rows", "the importing thread's CPU time for the import "
                    + "above (the save's writer thread and the collector not counted)", "reading and parsing the file "
                    + "with Commons CSV (wall time)", "ms", x, Double.NaN, false);
        }
        if (x.name().startsWith("reimport-")) {
            return new Figure("import again, " + n + " rows", "the same file imported again (every row matched, "
                    + "unchanged, nothing saved)", "reading and parsing the file with Commons CSV", "ms", x,
                    Double.NaN, false);
        }
        return new Figure("import, " + n + " rows", "the import command into an empty data folder (read, detect, "
                + "parse, match, one save)", "reading and parsing the file with Commons CSV", "ms", x, Double.NaN,
                false);
    }
}
