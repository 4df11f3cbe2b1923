package com.salescallplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The performance suite (docs/performance.md): generates a store of 10,000 prospects and 100,000
 * calls with the {@code demo} command, then measures start-up, load, save, check, filter and
 * memory, each as a median over repeated runs against a floor measured in the same run, and
 * prints the figures with the machine they come from (also written to target/bench/results.md).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests verify}. Arguments (-Dbench.args="..."): the parts to
 * run, any of {@code store memory check startup filter import} (default: all), and {@code team} (the
 * team database's load and fault runs, {@link TeamBench}; not part of all); or {@code jmh <JMH
 * options>} to run JMH itself, e.g. {@code jmh CheckBenchmark.readObjective -wi 3 -i 3}.
 * System properties: bench.prospects, bench.calls, bench.rounds, bench.dir, bench.display
 * ({@code xvfb} or {@code monocle}), bench.importRows (default {@code 5000 20000 100000}).
 */
public final class BenchSuite {
    static final List<String> PARTS = List.of("store", "memory", "check", "startup", "filter", "import");

    private BenchSuite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Set<String> parts = new LinkedHashSet<>(args.length == 0 || args[0].equals("all") ? PARTS : List.of(args));
        Settings s = Settings.fromProperties();
        if (parts.remove("team")) {
            // Not part of "all": it needs no generated store, and runs two minutes of its own.
            System.out.println("Machine: " + Machine.describe() + "; load average " + Machine.loadAverage());
            String team = TeamBench.run(s.dir());
            System.out.println("Load average at the end: " + Machine.loadAverage());
            Files.createDirectories(s.dir());
            Files.writeString(s.dir().resolve("team-results.txt"), team);
            if (parts.isEmpty()) {
                return;
            }
        }
        String loadBefore = Machine.loadAverage();
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        System.out.println("Machine: " + Machine.describe() + "; load average " + loadBefore);
        System.out.println("The window's JVMs (start-up, filter, store) run with " + String.join(" ", Settings.windowOptions()));
        Path data = s.dir().resolve("data");
        if (parts.stream().anyMatch(p -> !p.equals("import") && !p.equals("check"))) {
            generate(s, data); // the import part makes its own files
        }
        List<Figure> figures = new ArrayList<>();
        // The store is measured as the window runs it: with the window's compiler (app.WindowJvmOptions).
        List<String> storeFlags = new ArrayList<>(List.of("-Xmx4g", "-Dscp.logdir=" + s.dir().resolve("logs")));
        storeFlags.addAll(Settings.windowOptions());
        ChildJvm storeJvm = new ChildJvm(storeFlags, Map.of());
        if (parts.contains("store")) {
            figures.addAll(StoreFigures.measure(storeJvm, data, s.rounds()));
        }
        if (parts.contains("memory")) {
            figures.add(StoreFigures.memory(storeJvm, data));
        }
        if (parts.contains("check")) {
            figures.add(CheckFigures.measure());
        }
        if (parts.contains("startup")) {
            figures.addAll(StartupFigures.measure(s, data));
        }
        if (parts.contains("filter")) {
            figures.addAll(FilterFigures.measure(s, data));
        }
        if (parts.contains("import")) {
            figures.addAll(ImportFigures.measure(s));
        }
        Report report = new Report(s, started, Machine.describe() + "; the window's JVMs with "
                + String.join(" ", Settings.windowOptions()), loadBefore, Machine.loadAverage(), figures);
        System.out.println();
        System.out.println(report.text());
        Files.writeString(s.dir().resolve("results.md"), report.text());
        System.out.println("(also written to " + s.dir().resolve("results.md") + ")");
    }

    /** A fresh store from the real {@code demo} command, so every run measures the same data. */
    private static void generate(Settings s, Path data) throws IOException, InterruptedException {
        deleteTree(data);
        Files.createDirectories(data);
        System.out.println("Generating " + s.prospects() + " prospects and " + s.calls() + " calls in " + data);
        new ChildJvm(List.of("-Xmx4g"), Map.of()).run("com.salescallplanner.app.Launcher",
                List.of("--data", data.toString(), "demo", "--prospects", String.valueOf(s.prospects()),
                        "--calls", String.valueOf(s.calls()), "--seed", String.valueOf(Settings.SEED)), 10);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
