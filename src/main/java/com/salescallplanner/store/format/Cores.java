package com.salescallplanner.store.format;

/**
 * How many cores a long list's work is spread over, one rule for saving ({@link ParallelRuns}) and
 * loading ({@link PieceConversion}): below {@link #MIN_VALUES} values one core is about as quick as
 * handing the work around, and beyond {@link #MAX} cores the disk and the collector are what wait
 * (docs/performance.md).
 */
final class Cores {
    /** Below this many values one core is about as quick as starting work on the others. */
    static final int MIN_VALUES = 4_000;
    static final int MAX = 4;

    private Cores() {
    }

    /** The machine's cores, at most {@link #MAX}. */
    static int available() {
        return Math.min(MAX, Runtime.getRuntime().availableProcessors());
    }

    /** True when {@code values} are enough to be worth more than one of {@code cores}. */
    static boolean worthSpreading(int values, int cores) {
        return values >= MIN_VALUES && cores > 1;
    }
}
