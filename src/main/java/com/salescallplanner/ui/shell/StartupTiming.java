package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.FileState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code -Dscp.startupTiming=true}, logs how long after the rep's java command started the
 * first frame of the window was laid out ({@code startup window=<ms>}), the data was in it
 * ({@code startup data=<ms>}) and the steps between ({@link #mark}). The performance suite reads
 * these lines (docs/performance.md); its floor program measures the same moment the same way.
 * Without the property nothing is watched. The moments are kept and logged once the window and
 * the data are both in: working out when the command started asks the JVM's management beans,
 * tens of milliseconds in a fresh JVM, which must not delay what is measured ({@link LaunchTime}).
 */
public final class StartupTiming {
    public static final String PROPERTY = "scp.startupTiming";
    /** The option app.WindowRestart gives the window's JVM it starts with the timing on ({@link LaunchTime}). */
    public static final String RESTARTED_OPTION = "-D" + LaunchTime.RESTARTED + "=true";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);
    /** The moments so far but "data" (name, ms since the epoch), until the window and the data are in. */
    private static final List<Map.Entry<String, Long>> KEPT = new ArrayList<>();
    private static boolean windowShown;
    /** When the data was in, or -1. */
    private static long dataAt = -1;
    /** When the rep's command started, once known. */
    private static long startedAt = -1;

    private StartupTiming() {
    }

    /**
     * Watches the first frame ("window"), the prospects of a large file shown before their calls
     * ("prospects", when the store reads them first) and the whole data shown ("data").
     */
    public static void watch(Stage stage, FileState file) {
        if (Boolean.getBoolean(PROPERTY)) {
            file.prospectsFirstProperty().addListener((obs, was, now) -> {
                if (was == null && now != null) {
                    afterFirstLayout(stage.getScene(), "prospects");
                }
            });
        }
        watch(stage, file.loadingProperty());
    }

    /** @param loading true while the data is being read; its first change to false is "data shown" */
    private static void watch(Stage stage, ObservableBooleanValue loading) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterFirstLayout(stage.getScene(), "window");
            }
        });
        loading.addListener((obs, was, now) -> {
            if (was && !now) {
                afterFirstLayout(stage.getScene(), "data");
            }
        });
    }

    /**
     * Logs {@code startup <what>=<ms>} now (with the property set): the steps between the first
     * frame and the data, for the breakdown in docs/performance.md.
     */
    public static void mark(String what) {
        if (Boolean.getBoolean(PROPERTY)) {
            record(what, System.currentTimeMillis());
        }
    }

    private static synchronized void record(String what, long at) {
        if (startedAt >= 0) {
            LOG.info("startup {}={}", what, at - startedAt);
            return;
        }
        if (what.equals("data")) {
            dataAt = at;
        } else {
            KEPT.add(Map.entry(what, at));
        }
        windowShown |= what.equals("window");
        if (windowShown && dataAt >= 0) {
            startedAt = LaunchTime.millis();
            for (Map.Entry<String, Long> e : KEPT) {
                LOG.info("startup {}={}", e.getKey(), e.getValue() - startedAt);
            }
            LOG.info("startup data={}", dataAt - startedAt); // last: the suite stops the app once it reads it
            KEPT.clear();
        }
    }

    /** Logs the time at the end of the next layout pass: the frame the user then sees. */
    private static void afterFirstLayout(Scene scene, String what) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            long now = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(once[0]);
            record(what, now);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
