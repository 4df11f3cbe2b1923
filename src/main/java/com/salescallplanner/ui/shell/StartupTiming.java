package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.FileState;

import java.lang.management.ManagementFactory;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code -Dscp.startupTiming=true}, logs how long after the JVM started the first frame of
 * the window (or the rep's java command, {@link #LAUNCHED_AT}) was laid out ({@code startup window=<ms>}) and the data was in it ({@code startup
 * data=<ms>}). The performance suite reads these lines (docs/performance.md); its floor program
 * measures the same moment the same way. Without the property nothing is watched.
 */
public final class StartupTiming {
    public static final String PROPERTY = "scp.startupTiming";
    /**
     * When the rep's java command started (ms since the epoch), if not this JVM: {@code java -jar}
     * runs the window in a second JVM (app.WindowRestart), and its time counts from the first one's start.
     */
    public static final String LAUNCHED_AT = "scp.launchedAt";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);

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
            long now = System.currentTimeMillis();
            LOG.info("startup {}={}", what, now - startedAt());
        }
    }

    private static long startedAt() {
        Long launched = Long.getLong(LAUNCHED_AT);
        return launched != null ? launched : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Logs the time at the end of the next layout pass: the frame the user then sees. */
    private static void afterFirstLayout(Scene scene, String what) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            long now = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(once[0]);
            LOG.info("startup {}={}", what, now - startedAt());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
