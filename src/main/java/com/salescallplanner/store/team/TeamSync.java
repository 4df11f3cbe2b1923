package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff;
import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.DataFolder;
import com.salescallplanner.store.FolderLock;
import com.salescallplanner.store.StoreException;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rep's planner on the team database, for a window or a simulated rep. Every save becomes the
 * records that changed ({@link PlannerDiff}); each is written to the durable journal first
 * ({@link EditJournal}: that is "saved"), then sent in order by a thread of its own
 * ({@link EditSender}). While the server is away the edits wait in the journal, also across
 * restarts; the window keeps working on the local copy. An edit the server refuses becomes a
 * {@link Conflict} that keeps both versions until the rep chooses ({@link #resolve}).
 */
public final class TeamSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamSync.class);
    /** Journal lines after which a drained queue is folded into the snapshot. */
    private static final int COMPACT_AFTER = 2_000;

    /** The rep's choice for a conflict. */
    public enum Choice { KEEP_MINE, TAKE_THEIRS, MERGED }

    private final TeamConnector connector;
    private final LocalCopy local;
    private final HikariDataSource pool;
    private final Object lock = new Object();
    private final Deque<Edit> queue = new ArrayDeque<>();
    private final ConflictBook conflicts;
    private PlannerData current;
    private Map<RecordKey, Long> versions = new HashMap<>();
    private long nextSeq = 1;
    private UUID device;
    private EditJournal journal;
    private FolderLock folderLock;
    private volatile boolean online;
    private volatile String problem = "";
    private volatile Consumer<SyncStatus> listener = s -> { };
    private volatile Consumer<Edit> applied = e -> { };
    private SendLoop sender;

    /** @param dataFolder the local data folder; the team's queue lives in {@code team/USER@HOST_PORT_DB} inside it */
    public TeamSync(TeamConnector connector, Path dataFolder) {
        this.connector = connector;
        this.local = new LocalCopy(dataFolder.resolve("team").resolve(connector.url().folderName()));
        this.pool = connector.pool(2, 2_000);
        this.conflicts = new ConflictBook(local);
    }

    /** Told of each edit the server has taken (on the sending thread): for measuring and tests. */
    public void setAppliedListener(Consumer<Edit> l) {
        applied = l == null ? e -> { } : l;
    }

    /** The sequence number of the last edit queued, 0 before any. */
    public long lastQueuedSeq() {
        synchronized (lock) {
            return nextSeq - 1;
        }
    }

    public TeamUrl url() {
        return connector.url();
    }

    /** The folder with this server's journal, snapshot and conflicts. */
    public Path localFolder() {
        return local.folder();
    }

    public void setListener(Consumer<SyncStatus> l) {
        listener = l == null ? s -> { } : l;
    }

    /**
     * Sends what the journal still holds, then reads the rep's planner from the server; when the
     * server is away, opens the local copy instead (if this machine has one).
     */
    public TeamOpening open() throws TeamException, IOException {
        DataFolder.ensureExists(local.folder().getParent().getParent());
        try {
            folderLock = FolderLock.acquire(local.folder());
        } catch (StoreException e) {
            throw new TeamException(TeamException.Kind.REFUSED, "Another planner on this machine has "
                    + connector.url() + " open. Close it first.", e);
        }
        device = local.device();
        readLocal();
        journal = new EditJournal(local.journal());
        TeamOpening opened;
        try (Connection c = pool.getConnection()) {
            TeamReader.Member me = TeamReader.member(c, connector.url());
            while (!queue.isEmpty()) {
                sendHead(c);
            }
            TeamReader.ServerState s = TeamReader.load(c, me.role());
            synchronized (lock) {
                current = s.data();
                versions = new HashMap<>(s.versions());
                nextSeq = Math.max(nextSeq, TeamReader.lastApplied(c, device) + 1);
                compact();
            }
            online = true;
            opened = TeamOpening.online(s.data(), me, s.unreadable());
        } catch (SQLException e) {
            if (!SqlErrors.unreachable(e) || current == null) {
                closeQuietly();
                TeamException t = SqlErrors.translate(e, connector.url());
                throw current == null && SqlErrors.unreachable(e) ? new TeamException(t.kind(), t.getMessage()
                        + " This machine has no copy of your data yet, so the planner cannot start offline.", e) : t;
            }
            online = false;
            problem = SqlErrors.firstLine(e);
            opened = TeamOpening.offline(current, connector.url());
        } catch (TeamException e) {
            closeQuietly();
            throw e;
        }
        startSender();
        fire();
        return opened;
    }

    /** The snapshot with the journal replayed on it: the planner as this machine last had it. */
    private void readLocal() throws IOException {
        LocalCopy.Restored r = local.restore();
        conflicts.load();
        current = r.data();
        versions = r.versions();
        nextSeq = r.nextSeq();
        queue.addAll(r.pending());
    }

    /**
     * Queues the records that changed since the last save, durably: when this returns they are
     * on this machine's disk, in order, and go to the server as soon as it answers.
     *
     * @return the number of records queued
     */
    public int save(PlannerData next) throws IOException {
        int n;
        synchronized (lock) {
            if (current == null) {
                throw new IllegalStateException("save before open");
            }
            List<PlannerDiff.Change> changes = PlannerDiff.between(current, next);
            List<Edit> edits = new ArrayList<>(changes.size());
            long seq = nextSeq;
            for (PlannerDiff.Change ch : changes) {
                edits.add(new Edit(seq++, ch.key(), versions.getOrDefault(ch.key(), 0L), ch.body(), ch.prospectId()));
            }
            if (!edits.isEmpty()) {
                journal.append(edits);
            }
            nextSeq = seq;
            for (Edit e : edits) {
                LocalCopy.track(versions, e);
                queue.add(e);
            }
            current = next;
            n = edits.size();
            lock.notifyAll();
        }
        if (n > 0) {
            fire();
        }
        return n;
    }

    private void startSender() {
        sender = new SendLoop(lock, pool, connector.url(), new SendLoop.Work() {
            @Override
            public boolean hasWork() {
                return !queue.isEmpty();
            }

            @Override
            public void sendHead(Connection c) throws SQLException, IOException {
                TeamSync.this.sendHead(c);
            }

            @Override
            public void reached(boolean now, String why) {
                setOnline(now, why);
            }

            @Override
            public boolean online() {
                return online;
            }
        });
        sender.start();
    }

    /** Sends the edit at the head of the queue and takes it off when the server has dealt with it. */
    private void sendHead(Connection c) throws SQLException, IOException {
        Edit e;
        Conflict open;
        synchronized (lock) {
            e = queue.peek();
            if (e == null) {
                return;
            }
            open = conflicts.find(e.key());
        }
        if (open != null) {
            // The record waits for the rep's choice: this later edit is "mine" now, not sent over "theirs".
            done(e, new Conflict(e.key(), open.reason(), e.body(), open.theirBody(), open.theirVersion(), e.prospectId()));
            return;
        }
        EditSender.Outcome o = EditSender.send(c, device, e);
        done(e, o.result() == EditSender.Result.REFUSED ? new Conflict(e.key(), o.reason(), e.body(), o.theirBody(),
                o.theirVersion(), e.prospectId()) : null);
    }

    private void done(Edit e, Conflict refused) throws IOException {
        synchronized (lock) {
            if (refused != null) {
                conflicts.put(refused);
                LOG.info("Edit {} of {} refused by the server: {}", e.seq(), e.key(), refused.reason());
            }
            queue.poll();
            journal.ack(e.seq());
            if (queue.isEmpty() && journal.lines() > COMPACT_AFTER) {
                compact();
            }
            lock.notifyAll();
        }
        if (refused == null) {
            applied.accept(e);
        }
        fire();
    }

    /** Folds everything sent into the snapshot and keeps only the waiting edits in the journal. */
    private void compact() throws IOException {
        local.writeSnapshot(new LocalCopy.Snapshot(current, versions, nextSeq));
        journal.replace(new ArrayList<>(queue));
    }

    public List<Conflict> conflicts() {
        synchronized (lock) {
            return conflicts.all();
        }
    }

    /**
     * Settles a conflict: keep mine (sent again, now over theirs), take theirs (the local copy
     * gets the server's record), or a merged record ({@code mergedBody}, sent over theirs).
     * Edits of the record still waiting are superseded by the choice.
     *
     * @return the planner as it is now, for the window to show
     */
    public PlannerData resolve(RecordKey key, Choice choice, String mergedBody) throws IOException {
        synchronized (lock) {
            Conflict c = conflicts.find(key);
            if (c == null) {
                return current;
            }
            String body = switch (choice) {
                case KEEP_MINE -> c.mineBody();
                case TAKE_THEIRS -> c.theirBody();
                case MERGED -> mergedBody;
            };
            try {
                current = Bodies.apply(current, key, body);
            } catch (Exception e) {
                throw new IOException("The chosen version of " + key + " does not fit this planner: " + e.getMessage(), e);
            }
            List<Edit> superseded = queue.stream().filter(e -> e.key().equals(key)).toList();
            queue.removeAll(superseded);
            for (Edit e : superseded) {
                journal.ack(e.seq());
            }
            if (c.theirVersion() == 0) {
                versions.remove(key);
            } else {
                versions.put(key, c.theirVersion());
            }
            if (choice != Choice.TAKE_THEIRS && !(body == null && c.theirBody() == null)) {
                Edit e = new Edit(nextSeq++, key, c.theirVersion(), body, c.prospectId());
                journal.append(List.of(e));
                LocalCopy.track(versions, e);
                queue.add(e);
            }
            conflicts.remove(c);
            compact();
            lock.notifyAll();
        }
        fire();
        synchronized (lock) {
            return current;
        }
    }

    /** Waits until every queued edit has been dealt with by the server, or the time is up. */
    public boolean awaitSent(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!queue.isEmpty()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    public SyncStatus status() {
        synchronized (lock) {
            return new SyncStatus(online, queue.size(), conflicts.size(), problem);
        }
    }

    /** The planner as this machine has it now (with the edits still waiting). */
    public PlannerData data() {
        synchronized (lock) {
            return current;
        }
    }

    /** The manager's side: the team's planners and the coaching notes, on the server directly. */
    public TeamCoaching coaching() {
        return new TeamCoaching(pool, connector.url());
    }

    private void setOnline(boolean now, String why) {
        boolean changed = online != now || !problem.equals(why);
        online = now;
        problem = why;
        if (changed) {
            fire();
        }
    }

    private void fire() {
        listener.accept(status());
    }

    /** Stops sending; what is not sent stays in the journal for the next start. */
    @Override
    public void close() {
        if (sender != null) {
            sender.stop();
        }
        synchronized (lock) {
            try {
                if (current != null && journal != null) {
                    compact();
                }
            } catch (IOException e) {
                LOG.warn("The local copy in {} could not be brought up to date; the journal still has every edit: {}",
                        local.folder(), e.getMessage());
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (journal != null) {
                journal.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing the journal failed", e);
        }
        pool.close();
        if (folderLock != null) {
            folderLock.close();
            folderLock = null;
        }
    }
}
