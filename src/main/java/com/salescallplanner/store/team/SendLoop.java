package com.salescallplanner.store.team;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that sends a {@link TeamSync}'s queue: it waits on the sync's lock until there is
 * an edit, sends the head, and when the server is away (or the journal cannot be written) tries
 * again after a pause that grows from 250 ms to 2 s. {@link #stop} ends the wait at once.
 */
final class SendLoop {
    private static final Logger LOG = LoggerFactory.getLogger(SendLoop.class);
    private static final long FIRST_RETRY_MS = 250;
    private static final long MAX_RETRY_MS = 2_000;

    /** What the loop needs from its sync. */
    interface Work {
        /** Called holding the lock. */
        boolean hasWork();

        void sendHead(Connection c) throws SQLException, IOException;

        /** How the last try went: online or not, and the problem to show ("" when none). */
        void reached(boolean online, String problem);

        boolean online();
    }

    private final Object lock;
    private final DataSource pool;
    private final TeamUrl url;
    private final Work work;
    private volatile boolean running;
    private Thread thread;

    SendLoop(Object lock, DataSource pool, TeamUrl url, Work work) {
        this.lock = lock;
        this.pool = pool;
        this.url = url;
        this.work = work;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "team-sender-" + url.user());
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the loop and waits for it; no interrupt: it would close the journal's channel mid-write. */
    void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long pause = FIRST_RETRY_MS;
        while (running) {
            try {
                synchronized (lock) {
                    while (running && !work.hasWork()) {
                        lock.wait();
                    }
                }
                if (!running) {
                    return;
                }
                try (Connection c = pool.getConnection()) {
                    work.sendHead(c);
                }
                pause = FIRST_RETRY_MS;
                work.reached(true, "");
            } catch (SQLException e) {
                boolean away = SqlErrors.unreachable(e);
                LOG.info("Sending to {} failed ({}); trying again in {} ms", url, SqlErrors.firstLine(e), pause);
                work.reached(!away, away ? "The team database cannot be reached." : SqlErrors.firstLine(e));
                if (!pause(pause)) {
                    return;
                }
                pause = Math.min(MAX_RETRY_MS, pause * 2);
            } catch (IOException e) {
                LOG.warn("The edit journal could not be written: {}", e.getMessage());
                work.reached(work.online(), "The edit queue on this machine cannot be written: " + e.getMessage());
                if (!pause(MAX_RETRY_MS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Waits before trying again; false when stopping. */
    private boolean pause(long ms) {
        try {
            synchronized (lock) {
                if (running) {
                    lock.wait(ms);
                }
            }
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
