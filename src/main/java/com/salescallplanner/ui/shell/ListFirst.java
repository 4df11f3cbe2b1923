package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.PlannerStorage;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Hands the prospects a large file gives before its calls ({@link PlannerStorage.Progress#prospectsRead})
 * to the window, and holds the reading thread until the list is laid out (a while at most): on a
 * two-core machine the reading of the rest and its garbage collection held the list up by about a
 * second (docs/performance.md). Posted to the JavaFX thread before the opening's own result, so
 * the list never shows these after the whole data.
 */
final class ListFirst {
    /** The longest the reading waits for the list to be laid out. */
    private static final long WAIT_SECONDS = 2;

    private ListFirst() {
    }

    /** Called on the reading thread. */
    static void show(PlannerData prospectsOnly, Consumer<PlannerData> to, Supplier<Scene> scene) {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            to.accept(prospectsOnly);
            Scene s = scene.get();
            if (s == null) {
                laidOut.countDown();
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                s.removePostLayoutPulseListener(once[0]);
                laidOut.countDown();
            };
            s.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        try {
            laidOut.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
