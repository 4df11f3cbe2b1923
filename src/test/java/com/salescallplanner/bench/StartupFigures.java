package com.salescallplanner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: the real app on the generated data against {@link FloorWindow}, in turns, each in a
 * fresh JVM with the same flags, class path and display. The app is started as a rep starts it
 * (its launcher, {@code --data DIR}) with {@code -Dscp.startupTiming=true}, which makes it log the
 * first frame of the window and the moment the data is in it; Logback sends those lines to stdout
 * (src/test/resources/bench-logback.xml).
 */
final class StartupFigures {
    private static final String APP = "com.salescallplanner.app.Launcher";

    private StartupFigures() {
    }

    static List<Figure> measure(Settings s, Path data) throws Exception {
        try (Display display = Display.open(s.display())) {
            System.out.println("Start-up on " + display.name() + " (" + s.rounds() + " rounds after 1 warm-up)");
            List<String> flags = new ArrayList<>(display.flags());
            flags.addAll(List.of("-Dscp.startupTiming=true", "-Dlogback.configurationFile=bench-logback.xml",
                    "-Dscp.logdir=" + s.dir().resolve("logs")));
            ChildJvm jvm = new ChildJvm(flags, display.environment());
            List<Double> floor = new ArrayList<>();
            List<Double> window = new ArrayList<>();
            List<Double> shown = new ArrayList<>();
            for (int i = 0; i < 1 + s.rounds(); i++) {
                Map<String, Double> f = run(jvm, FloorWindow.class.getName(), List.of(), List.of("window"));
                Map<String, Double> a = run(jvm, APP, List.of("--data", data.toString()), List.of("window", "data"));
                if (i > 0) {
                    floor.add(f.get("window"));
                    window.add(a.get("window"));
                    shown.add(a.get("data"));
                }
            }
            return List.of(
                    new Figure("start-up", "first frame of the main window (" + display.name() + ")",
                            "an empty TableView in a window of the same size", "ms",
                            new Samples("startup", floor, window), 1.3, false),
                    new Figure("data shown", "the 10,000 prospects in that window (loaded off the FX thread)",
                            "the floor window as above", "ms", new Samples("data", floor, shown), Double.NaN, false));
        }
    }

    /** Starts a program, waits for its "startup NAME=MS" lines, then stops it. */
    private static Map<String, Double> run(ChildJvm jvm, String main, List<String> args, List<String> wanted)
            throws Exception {
        Process p = jvm.start(main, args);
        Map<String, Double> found = new HashMap<>();
        // A program that never prints its line must not stop the suite for good.
        p.onExit().orTimeout(3, TimeUnit.MINUTES).exceptionally(e -> {
            p.destroyForcibly();
            return p;
        });
        try {
            ChildJvm.readLines(p, line -> {
                if (line.startsWith("startup ") && line.contains("=")) {
                    String[] kv = line.substring("startup ".length()).trim().split("=");
                    found.put(kv[0], Double.parseDouble(kv[1]));
                }
                return found.keySet().containsAll(wanted);
            });
        } finally {
            // Measured: stop it at once (and wait, so the next run finds the data folder unlocked).
            p.destroyForcibly().waitFor();
        }
        if (!found.keySet().containsAll(wanted)) {
            throw new IllegalStateException(main + " ended without printing " + wanted + " (got " + found + ")");
        }
        return found;
    }
}
