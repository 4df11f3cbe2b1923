package com.salescallplanner.bench;

import com.salescallplanner.app.WindowJvmOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The suite's settings, from system properties (see {@link BenchSuite}). */
record Settings(int prospects, int calls, int rounds, int warmups, Path dir, String display) {
    /** The same data in every run. */
    static final long SEED = 42;

    static Settings fromProperties() {
        return new Settings(Integer.getInteger("bench.prospects", 10_000), Integer.getInteger("bench.calls", 100_000),
                Integer.getInteger("bench.rounds", 7), Integer.getInteger("bench.warmups", 3),
                Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath(),
                System.getProperty("bench.display", "auto"));
    }

    /**
     * The JVM options of the JVMs that stand for the window (start-up, filter, store): the window's
     * own ({@code app.WindowJvmOptions}), or with {@code -Dbench.compiler=default} the same with the
     * JVM's default tiered compilers instead of C1 alone, to compare (decision 0013).
     */
    static List<String> windowOptions() {
        List<String> options = new ArrayList<>(WindowJvmOptions.forSystem(System.getProperty("os.name", "")));
        if ("default".equals(System.getProperty("bench.compiler"))) {
            options.removeAll(WindowJvmOptions.COMPILER);
            options.add(0, "-XX:TieredStopAtLevel=4");
        }
        return options;
    }
}
