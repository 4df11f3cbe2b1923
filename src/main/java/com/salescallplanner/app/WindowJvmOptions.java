package com.salescallplanner.app;

import java.util.List;

/**
 * The JVM options the window runs with, beyond the module path and the class data archive: the
 * window's JVM compiles with the quick compiler (C1) only, in one thread. On a two-core machine
 * the optimising compiler (C2) took most of a core while the window was made (a profile of the
 * start put about half the process's CPU in the two compiler threads), so the window and the data
 * came about 0.4 s later for a small planner and 1 s later for a large one's list; typing in the
 * search of 10,000 prospects took as long either way (decision 0013, docs/performance.md). Used by
 * {@link WindowRestart}, {@code mvn javafx:run} and the installed app (pom.xml's
 * {@code window.jvm.*} properties), and by the performance suite's JVMs that stand for the window.
 */
public final class WindowJvmOptions {
    /** Compile with C1 only. */
    public static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /**
     * In one compiler thread: the JVM gives C1 alone two on a two-core machine, which then took CPU
     * from the window while it was made; with one, a 1-prospect planner's data came up about 0.15 s
     * sooner and a large one's list 0.1-0.3 s sooner (decision 0013). Only valid with C1 alone: a
     * JVM with C2 needs two (it refuses to start with one).
     */
    public static final String ONE_COMPILER_THREAD = "-XX:CICompilerCount=1";
    /** The options, in order. */
    public static final List<String> ALL = List.of(QUICK_COMPILER, ONE_COMPILER_THREAD);

    private WindowJvmOptions() {
    }

    /** True when the rep's own options already choose how the JVM compiles (theirs win). */
    static boolean compilerChosen(List<String> options) {
        for (String o : options) {
            if (o.startsWith("-XX:TieredStopAtLevel") || o.endsWith("TieredCompilation") || o.startsWith("-Xint")
                    || o.startsWith("-Xcomp") || o.startsWith("-XX:CICompilerCount")) {
                return true;
            }
        }
        return false;
    }
}
