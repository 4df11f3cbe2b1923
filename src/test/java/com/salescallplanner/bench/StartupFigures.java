package com.salescallplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up: the real app on the generated data against {@link FloorWindow}, in turns, each in a
 * fresh JVM with the same flags and display. The app is started as a rep starts it: {@code java -jar
 * target/sales-call-planner.jar --data DIR} once {@code mvn package} made the jar (the bench
 * profile runs after it), which runs the window in a second JVM with its class data archive
 * (app.WindowRestart); else its launcher from the class path. With {@code -Dscp.startupTiming=true}
 * it logs the
 * first frame of the window and the moment the data is in it, in its own log file (read here while
 * it runs), through the app's own Logback configuration.
 */
final class StartupFigures {
    private static final String APP = "com.salescallplanner.app.Launcher";
    private static final Pattern LINE = Pattern.compile("startup (\\w+)=(\\d+)");

    private StartupFigures() {
    }

    static List<Figure> measure(Settings s, Path data) throws Exception {
        try (Display display = Display.open(s.display())) {
            Path jar = s.dir().getParent().resolve("sales-call-planner.jar");
            System.out.println("Start-up on " + display.name() + " (" + s.rounds() + " rounds after 1 warm-up), the app "
                    + (Files.exists(jar) ? "as java -jar " + jar : "from the class path (no jar: mvn package first)"));
            List<String> flags = new ArrayList<>(display.flags());
            Path logs = s.dir().resolve("startup-logs");
            flags.addAll(List.of("-Dscp.startupTiming=true", "-Dscp.logdir=" + logs));
            // The window's compiler for the floor too (the jar's window JVM takes it anyway): the same flags for both.
            flags.addAll(Settings.windowOptions());
            ChildJvm jvm = new ChildJvm(flags, display.environment());
            List<Double> floor = new ArrayList<>();
            List<Double> window = new ArrayList<>();
            List<Double> shown = new ArrayList<>();
            List<Double> listShown = new ArrayList<>();
            List<Double> emptyWindow = new ArrayList<>();
            List<Double> emptyShown = new ArrayList<>();
            for (int i = 0; i < 1 + s.rounds(); i++) {
                Map<String, Double> f = run(jvm, logs, FloorWindow.class.getName(), List.of(), List.of("window"));
                // The issue's own comparison: the same app, the same way, on an empty data folder.
                Path empty = Files.createTempDirectory(s.dir(), "empty-data");
                Map<String, Double> e = run(jvm, logs, APP, List.of("--data", empty.toString()), List.of("window", "data"));
                Map<String, Double> a = run(jvm, logs, APP, List.of("--data", data.toString()), List.of("window", "data"));
                if (i > 0) {
                    floor.add(f.get("window"));
                    emptyWindow.add(e.get("window"));
                    emptyShown.add(e.get("data"));
                    window.add(a.get("window"));
                    shown.add(a.get("data"));
                    // A large file shows its prospects before their calls are read (store.ProspectsFirst).
                    listShown.add(a.getOrDefault("prospects", a.get("data")));
                }
            }
            String prospects = String.format("%,d prospect%s", s.prospects(), s.prospects() == 1 ? "" : "s");
            // Issue 15's time to data: at most 1.15x the bare window for a small planner, 1.3x for 10,000 prospects.
            double dataTarget = s.prospects() <= 1_000 ? 1.15 : 1.3;
            return List.of(
                    new Figure("start-up, against empty data", "first frame of the main window on the " + prospects + " ("
                            + display.name() + ")", "the same app's first frame on an empty data folder", "ms",
                            new Samples("startup-empty", emptyWindow, window), 1.1, false),
                    new Figure("start-up, against a bare window", "first frame of the main window (" + display.name() + ")",
                            "an empty TableView in a window of the same size", "ms",
                            new Samples("startup", floor, window), 1.3, false),
                    new Figure("data shown", "the " + prospects + " in that window (loaded off the FX thread)",
                            "the same app's data shown on an empty data folder", "ms", new Samples("data", emptyShown, shown),
                            Double.NaN, false),
                    new Figure("time to data, against a bare window", "the " + prospects + " listed in the window, from "
                            + "the start (before their calls when the file is large)",
                            "an empty TableView in a window of the same size, its first frame", "ms",
                            new Samples("time-to-data", floor, listShown), dataTarget, false),
                    new Figure("time to all data, against a bare window", "the " + prospects + " with all their calls in "
                            + "the window, from the start", "an empty TableView in a window of the same size, its first frame",
                            "ms", new Samples("time-to-all-data", floor, shown), Double.NaN, false));
        }
    }

    /**
     * Starts a program, waits for its "startup NAME=MS" lines (on its output, or in the app's log
     * file: the app logs through its own Logback configuration, as a rep's copy does), then stops it.
     */
    private static Map<String, Double> run(ChildJvm jvm, Path logs, String main, List<String> args,
                                           List<String> wanted) throws Exception {
        Files.createDirectories(logs);
        Path log = logs.resolve("planner.log");
        Files.deleteIfExists(log);
        Path out = logs.resolve("output.txt");
        Path jar = logs.getParent().getParent().resolve("sales-call-planner.jar");
        Process p = main.equals(APP) && Files.exists(jar) ? jvm.startJar(jar, args, out) : jvm.start(main, args, out);
        Map<String, Double> found = new HashMap<>();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try {
            // A program that never prints its line must not stop the suite for good.
            while (!found.keySet().containsAll(wanted) && p.isAlive() && System.nanoTime() < end) {
                Thread.sleep(20);
                for (Path f : List.of(out, log)) {
                    if (Files.exists(f)) {
                        Matcher m = LINE.matcher(Files.readString(f));
                        while (m.find()) {
                            found.put(m.group(1), Double.parseDouble(m.group(2)));
                        }
                    }
                }
            }
        } finally {
            // Measured: stop it at once (and wait, so the next run finds the data folder unlocked).
            for (ProcessHandle child : p.descendants().toList()) { // java -jar's window runs in a second JVM
                child.destroyForcibly();
                child.onExit().join();
            }
            p.destroyForcibly().waitFor();
        }
        System.out.println("    | " + main + ": " + found);
        if (!found.keySet().containsAll(wanted)) {
            throw new IllegalStateException(main + " ended without printing " + wanted + " (got " + found + "): "
                    + Files.readString(out));
        }
        return found;
    }
}
