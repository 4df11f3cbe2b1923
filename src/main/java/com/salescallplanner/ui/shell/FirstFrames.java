package com.salescallplanner.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How the window's first frames go. Small data read while the window was built is in the first
 * frame: the page is made and filled before the window shows (about 0.5 s sooner for a 1-prospect
 * planner than a frame later; docs/performance.md). Anything else is opened after the first
 * frames, with "loading" shown meanwhile. Work the rep does not need at once waits until the data
 * is laid out.
 */
final class FirstFrames {
    /** The pulses laid out before the data is read (see {@link #openDataAfterFirstFrame}). */
    private static final int FRAMES_BEFORE_READING = 3;
    /** How long the first frame waits for small data still being read (it usually comes within 0.1 s). */
    private static final long WAIT_FOR_EARLY_DATA_MS = 300;

    private final Stage stage;
    private final DataOpener opener;
    /** Makes the current page, unless one is made already. */
    private final Runnable makePage;
    private boolean opening;
    private Runnable afterFirstData = () -> { };

    FirstFrames(Stage stage, DataOpener opener, Runnable makePage) {
        this.stage = stage;
        this.opener = opener;
        this.makePage = makePage;
    }

    /** Shows the window, with its data when that was read while it was built. */
    void show() {
        opener.openReadEarly(WAIT_FOR_EARLY_DATA_MS, makePage);
        StartupTiming.mark("pageMade");
        stage.show();
        StartupTiming.mark("shown"); // the scene's first CSS and layout pass, the native window
        stage.toFront();
        stage.requestFocus();
        openDataAfterFirstFrame();
    }

    /** Runs {@code work} once, after the data is first laid out in the window. */
    void afterFirstData(Runnable work) {
        this.afterFirstData = work;
    }

    /** Called when the data is in the window's models. */
    void dataIn() {
        Runnable work = afterFirstData;
        afterFirstData = () -> { };
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Starts reading the data once the first frame is on screen: on a two-core machine the
     * reader's work and its garbage collection held up that frame by about a second with a large
     * planner (docs/performance.md). The page is made after the first layout; the reading
     * starts two pulses later, because the renderer draws a frame while the next pulse is laid
     * out and a pulse only syncs once the frame before it is drawn. The window shows "loading"
     * until the data is in.
     */
    private void openDataAfterFirstFrame() {
        if (opening) {
            return;
        }
        opening = true;
        Scene scene = stage.getScene();
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.runLater(() -> {
                    makePage.run();
                    if (opener.opensAtFirstFrame()) {
                        opener.open(); // small data read meanwhile, or a large file's prospects: no need to wait
                    }
                });
            }
            if (pulses[0] < FRAMES_BEFORE_READING) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(opener::open);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
