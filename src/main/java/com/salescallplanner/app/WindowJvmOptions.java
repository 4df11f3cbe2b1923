package com.salescallplanner.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the window runs with, beyond the module path and the class data archive: the
 * window's JVM compiles with the quick compiler (C1) only, in one thread, and on Linux keeps its
 * heap in transparent huge pages ({@link #HUGE_PAGES}). On a two-core machine
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
    /** The compiler's options, in order. */
    public static final List<String> COMPILER = List.of(QUICK_COMPILER, ONE_COMPILER_THREAD);
    /**
     * On Linux, the heap in transparent huge pages where the system offers them (its setting
     * "madvise" or "always"): the window's start touches a few hundred MB of fresh memory, and a
     * fault per 2 MB instead of per 4 KB brought a 1-prospect planner's data about 70 ms sooner and
     * a 10,000-prospect planner's list about 0.26 s sooner (decision 0014). Linux's JVM only knows
     * the option (another one refuses to start with it).
     */
    public static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private WindowJvmOptions() {
    }

    /** The options for a JVM on the system named {@code osName} (the {@code os.name} property): {@link #COMPILER}, then {@link #HUGE_PAGES} on Linux. */
    public static List<String> forSystem(String osName) {
        return List.copyOf(notChosenIn(List.of(), osName));
    }

    /**
     * The window's options that the rep's own {@code given} do not choose otherwise (theirs win): the
     * compiler's unless they chose how to compile, huge pages on Linux unless they chose the pages.
     */
    static List<String> notChosenIn(List<String> given, String osName) {
        List<String> added = new ArrayList<>();
        if (!compilerChosen(given)) {
            added.addAll(COMPILER);
        }
        if (!pagesChosen(given) && osName.startsWith("Linux")) {
            added.add(HUGE_PAGES);
        }
        return added;
    }

    /** True when the rep's own options already choose the heap's pages. */
    private static boolean pagesChosen(List<String> options) {
        for (String o : options) {
            if (o.endsWith("UseTransparentHugePages") || o.endsWith("UseLargePages")) {
                return true;
            }
        }
        return false;
    }

    /** True when the rep's own options already choose how the JVM compiles. */
    private static boolean compilerChosen(List<String> options) {
        for (String o : options) {
            if (o.startsWith("-XX:TieredStopAtLevel") || o.endsWith("TieredCompilation") || o.startsWith("-Xint")
                    || o.startsWith("-Xcomp") || o.startsWith("-XX:CICompilerCount")) {
                return true;
            }
        }
        return false;
    }
}
