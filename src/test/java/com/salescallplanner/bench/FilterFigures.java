package com.salescallplanner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Filtering the prospect list in the real window: {@link FilterBench} in a JVM of its own, headless. */
final class FilterFigures {
    private FilterFigures() {
    }

    static List<Figure> measure(Settings s, Path data) throws Exception {
        System.out.println("Filter: typing '" + FilterBench.TYPED + "' and deleting it in the prospect list, "
                + s.rounds() + " rounds after " + s.warmups() + " warm-up rounds");
        Display display = Display.monocle();
        List<String> flags = new ArrayList<>(display.flags());
        flags.add("-Dscp.logdir=" + s.dir().resolve("logs"));
        List<Samples> all = new ChildJvm(flags, display.environment()).run(FilterBench.class.getName(),
                List.of(data.toString(), String.valueOf(s.rounds()), String.valueOf(s.warmups())), 15);
        Samples samples = all.get(0);
        // The FX thread's own CPU time for the same keystrokes: the app's share of the time above,
        // the rest being the wait for a core on a busy machine.
        Figure cpu = new Figure("filter, FX thread's CPU time", "the FX thread's CPU time for the same keystrokes",
                "the same rows' search keys tested in a plain loop", "ms", all.get(1), Double.NaN, true);
        return List.of(new Figure("filter", "one typed character or backspace in the prospect search: re-filter the "
                + "10,000 rows, update the table, CSS and layout (FX thread, " + display.name() + ")",
                "the same rows' search keys tested in a plain loop", "ms", samples, 16, true), cpu);
    }
}
