package com.salescallplanner.bench;

import com.salescallplanner.app.Launcher;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;
import com.salescallplanner.ui.shell.DesktopApp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Child JVM: the real app (its launcher, on the generated data, headless Monocle) and its
 * prospect list. Each sample is one typed character (or one backspace) in the list's search
 * field, timed on the FX thread: the text change (the view model re-filters the 10,000 rows, the
 * table gets the list events) plus the CSS and layout passes of the pulse that follows, which is
 * what the next frame costs before it is rendered. The floor: testing the same rows' search keys for the same text in a plain
 * loop. Arguments: data folder, measured rounds, warm-up rounds, ms from one key to the next
 * (0: each key as soon as the one before is laid out).
 */
public final class FilterBench {
    /** Typed, then deleted again, one character at a time: matches shrink, then grow back. */
    static final String TYPED = "west";
    private static final double MS = 1e6;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final boolean FORCE_CSS = Boolean.getBoolean("bench.filter.forceCss");
    /**
     * A fast typist's pace: 100 words a minute, five characters a word, is a key every 120 ms.
     * Keys sent back to back (0) also make each keystroke wait for the software renderer still
     * drawing the frame of the one before, which no typist does.
     */
    static final long TYPIST_GAP_MS = 120;

    private FilterBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        long gapNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[3]));
        Launcher.main(new String[] {"--data", args[0]});
        Scene scene = await("the main window", () -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && DesktopApp.TITLE.equals(s.getTitle()) && w.getScene() != null)
                .map(Window::getScene).findFirst().orElse(null));
        TableView<?> table = await("the loaded prospect list", () -> {
            TableView<?> t = (TableView<?>) scene.lookup("#" + ProspectListView.TABLE_ID);
            return t != null && !t.isDisabled() && !t.getItems().isEmpty() ? t : null;
        });
        TextField search = (TextField) scene.lookup("#" + ProspectListView.SEARCH_ID);
        List<String> keys = onFx(() -> table.getItems().stream().map(r -> ((ProspectRow) r).searchKey()).toList());
        System.out.println("prospect list loaded: " + keys.size() + " rows, "
                + onFx(() -> table.lookupAll(".table-row-cell").size()) + " row cells, table "
                + onFx(() -> table.getWidth() + "x" + table.getHeight()));
        List<Double> frame = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long nextKey = System.nanoTime();
        for (int round = 0; round < warmups + rounds; round++) {
            for (String text : sequence()) {
                TimeUnit.NANOSECONDS.sleep(nextKey - System.nanoTime());
                nextKey = System.nanoTime() + gapNanos;
                double[] t = keystroke(scene, search, text, keys);
                if (round >= warmups) {
                    frame.add(t[0]);
                    floor.add(t[1]);
                    cpu.add(t[2]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "per keystroke: median %.2f ms, max %.2f ms; FX thread's CPU time median"
                + " %.2f ms%n", Stats.median(frame), frame.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                Stats.median(cpu));
        System.out.println(new Samples("filter", floor, frame).line());
        System.out.println(new Samples("filter-cpu", floor, cpu).line());
        System.exit(0);
    }

    /** "w", "we", "wes", "west", "wes", "we", "w", "". */
    static List<String> sequence() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= TYPED.length(); i++) {
            out.add(TYPED.substring(0, i));
        }
        for (int i = TYPED.length() - 1; i >= 0; i--) {
            out.add(TYPED.substring(0, i));
        }
        return out;
    }

    /**
     * {ms for the text change and the pulse's CSS and layout, ms for the floor loop}. The text is
     * set on the FX thread, then the next pulse is timed from its scene's first pre-layout listener
     * to its post-layout listener: the CSS pass and the layout pass JavaFX runs for that change and
     * nothing else. (Calling {@code applyCss()} on the root instead, as this bench did before,
     * forces CSS on every node of the window, which no real pulse does: with
     * {@code -Dbench.filter.forceCss=true} it still measures that way, for comparison.)
     */
    static double[] keystroke(Scene scene, TextField search, String text, List<String> keys) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            search.setText(text);
            long tSet = System.nanoTime();
            long cSet = CPU.getCurrentThreadCpuTime();
            if (FORCE_CSS) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                done.complete(new double[] {(System.nanoTime() - t0) / MS, (tSet - t0) / MS,
                    (CPU.getCurrentThreadCpuTime() - c0) / MS});
                return;
            }
            long[] pre = new long[2];
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> {
                pre[1] = CPU.getCurrentThreadCpuTime();
                pre[0] = System.nanoTime();
            };
            listeners[1] = () -> {
                long end = System.nanoTime();
                long cEnd = CPU.getCurrentThreadCpuTime();
                scene.removePreLayoutPulseListener(listeners[0]);
                scene.removePostLayoutPulseListener(listeners[1]);
                done.complete(new double[] {((tSet - t0) + (end - pre[0])) / MS, (tSet - t0) / MS,
                    ((cSet - c0) + (cEnd - pre[1])) / MS});
            };
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        });
        double[] t = done.get(1, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "'%s': %.1f ms (re-filter and list events %.1f ms, then CSS and layout;"
                + " FX thread's CPU time %.1f ms)%n", text, t[0], t[1], t[2]);
        return new double[] {t[0], onFx(() -> floor(text, keys)), t[2]};
    }

    /** The floor: the same search keys tested for the same text in a plain loop, in ms. */
    private static double floor(String text, List<String> keys) {
        long t1 = System.nanoTime();
        String q = text.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (String k : keys) {
            if (q.isEmpty() || k.contains(q)) {
                matches.add(k);
            }
        }
        long t2 = System.nanoTime();
        if (matches.size() > keys.size()) {
            throw new IllegalStateException("impossible");
        }
        return (t2 - t1) / MS;
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(1, TimeUnit.MINUTES);
    }

    /** Polls on the FX thread until {@code find} returns something, for at most five minutes. */
    private static <T> T await(String what, Supplier<T> find) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < end) {
            if (Platform.isFxApplicationThread()) {
                throw new IllegalStateException("await runs off the FX thread");
            }
            T found = null;
            try {
                found = onFx(find);
            } catch (IllegalStateException e) {
                // the toolkit is not up yet
            }
            if (found != null) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(what + " did not appear within five minutes");
    }
}
