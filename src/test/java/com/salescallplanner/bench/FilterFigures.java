package com.salescallplanner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Filtering the prospect list in the real window: {@link FilterBench} in a JVM of its own,
 * headless, twice: at a fast typist's pace (the target), and with the keys back to back.
 */
final class FilterFigures {
    private static final String FLOOR = "the same rows' search keys tested in a plain loop";

    private FilterFigures() {
    }

    static List<Figure> measure(Settings s, Path data) throws Exception {
        System.out.println("Filter: typing '" + FilterBench.TYPED + "' and deleting it in the prospect list, "
                + s.rounds() + " rounds after " + s.warmups() + " warm-up rounds");
        Display display = Display.monocle();
        String what = "one typed character or backspace in the prospect search: re-filter the 10,000 rows, update the"
                + " table, CSS and layout (FX thread, " + display.name() + ")";
        List<Samples> typed = run(s, data, display, FilterBench.TYPIST_GAP_MS);
        List<Samples> backToBack = run(s, data, display, 0);
        return List.of(
                new Figure("filter", what + ", a key every " + FilterBench.TYPIST_GAP_MS + " ms (100 words a minute)",
                        FLOOR, "ms", typed.get(0), 16, true),
                // The FX thread's own CPU time for the same keystrokes: the app's share of the time
                // above, the rest being the wait for a core on a busy machine.
                new Figure("filter, FX thread's CPU time", "the FX thread's CPU time for the same keystrokes", FLOOR,
                        "ms", typed.get(1), Double.NaN, true),
                new Figure("filter, keys back to back", what + ", each key as soon as the one before is laid out"
                        + " (it then also waits for the renderer drawing the frame before)", FLOOR, "ms",
                        backToBack.get(0), Double.NaN, true));
    }

    private static List<Samples> run(Settings s, Path data, Display display, long gapMs) throws Exception {
        System.out.println("  a key every " + gapMs + " ms");
        List<String> flags = new ArrayList<>(display.flags());
        flags.add("-Dscp.logdir=" + s.dir().resolve("logs"));
        flags.addAll(Settings.windowOptions()); // the window's own compiler
        return new ChildJvm(flags, display.environment()).run(FilterBench.class.getName(),
                List.of(data.toString(), String.valueOf(s.rounds()), String.valueOf(s.warmups()),
                        String.valueOf(gapMs)), 15);
    }
}
