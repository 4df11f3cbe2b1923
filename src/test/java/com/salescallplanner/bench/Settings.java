package com.salescallplanner.bench;

import java.nio.file.Path;

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
}
