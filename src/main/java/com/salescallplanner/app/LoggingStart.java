package com.salescallplanner.app;

import java.util.concurrent.CountDownLatch;

import org.slf4j.LoggerFactory;

/**
 * Logging set up on a thread of its own while JavaFX starts (the window's fast path, docs/performance.md).
 * A thread that logs early waits for it here: an event logged while SLF4J initialises is replayed
 * afterwards with a warning on the rep's terminal ("A number (1) of logging calls during the
 * initialization phase have been intercepted"), which every other start printed.
 */
final class LoggingStart {
    private static final CountDownLatch READY = new CountDownLatch(1);
    private static volatile boolean started;

    private LoggingStart() {
    }

    static synchronized void inBackground() {
        if (started) {
            return;
        }
        started = true;
        Thread logging = new Thread(() -> {
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                READY.countDown();
            }
        }, "logging-setup");
        logging.setDaemon(true);
        logging.start();
    }

    /** Returns once logging is set up; at once when it was never started in the background. */
    static void awaitReady() {
        if (!started) {
            return;
        }
        try {
            READY.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
