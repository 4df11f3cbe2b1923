package com.salescallplanner.app;

import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.AutoSaver;
import com.salescallplanner.store.SaveState;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.domain.CallId;
import com.salescallplanner.store.team.Conflict;
import com.salescallplanner.store.team.FieldMerge;
import com.salescallplanner.store.team.TeamException;
import com.salescallplanner.store.team.TeamOpening;
import com.salescallplanner.store.team.TeamSync;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.StorageLockedException;
import com.salescallplanner.ui.port.StorageProblem;
import com.salescallplanner.ui.port.TeamPort;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's storage on a team database ({@code --server URL}): the same port as the data
 * folder's {@link WindowStorage}, so every view works the same. Saves go through the store's
 * {@link AutoSaver} (coalescing, retries) into {@link TeamSync}, where "saved" means queued on
 * this machine's disk; the status bar shows how the queue stands ("Offline: 3 edits waiting"). So
 * flushing at closing queues what is not queued yet; what the server has not taken stays queued
 * for the next start.
 */
final class TeamStorage extends AutoSavingStorage implements TeamPort {
    private static final Logger LOG = LoggerFactory.getLogger(TeamStorage.class);
    /** How long closing waits for the last edits to reach a server that answers. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final String url;
    private final Path dataFolder;
    private final TeamConnections logins;
    private volatile TeamSync sync;
    private volatile TeamOpening opened;
    private volatile Runnable conflictListener = () -> { };
    private volatile int conflictsSeen;

    TeamStorage(String url, Path dataFolder, TeamConnections logins) {
        super("Queueing the last edits before closing failed");
        this.url = url;
        this.dataFolder = dataFolder;
        this.logins = logins;
    }

    @Override
    public synchronized Opened open(Progress progress) {
        progress.update(0.1, "Connecting to " + url);
        try {
            TeamOpening o = logins.loggedIn(url, c -> {
                TeamSync s = new TeamSync(c, dataFolder);
                try {
                    TeamOpening opened = s.open();
                    sync = s;
                    return opened;
                } catch (IOException e) {
                    s.close();
                    throw new TeamException(TeamException.Kind.REFUSED, "The edit queue in " + s.localFolder()
                            + " cannot be read: " + e.getMessage(), e);
                }
            });
            opened = o;
            conflictsSeen = sync.status().conflicts();
            sync.setListener(s -> {
                tell(new SaveState(SaveState.Kind.SAVED, s.text()));
                int before = conflictsSeen;
                conflictsSeen = s.conflicts();
                if (s.conflicts() > before) {
                    conflictListener.run();
                }
            });
            tell(new SaveState(SaveState.Kind.SAVED, sync.status().text())); // online or not, from the start
            markSaved(o.data());
            progress.update(1, "Done");
            String reason = o.manager() ? "You are a manager in team " + o.team() + ": you read your reps' plans "
                    + "and write coaching notes; your own planner is not kept here." : "";
            return new Opened(o.data(), reason, o.notice());
        } catch (TeamException e) {
            if (e.getMessage().contains("Another planner on this machine")) {
                throw new StorageLockedException(url);
            }
            throw new StorageProblem(e.getMessage(), List.of(RecoveryAction.QUIT), e);
        } catch (IllegalArgumentException e) {
            throw new StorageProblem(e.getMessage(), List.of(RecoveryAction.QUIT), e);
        }
    }

    @Override
    void write(PlannerData data) throws StoreException {
        TeamSync s = sync;
        if (s == null) {
            throw StoreException.io("The team database is not open.", null);
        }
        try {
            s.save(data);
        } catch (IOException e) {
            throw StoreException.io("The edit queue in " + s.localFolder() + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** "Saved" on the team database says where the edits are: "all edits sent", "3 edits waiting". */
    @Override
    SaveState shown(SaveState s) {
        TeamSync current = sync;
        return s.kind() == SaveState.Kind.SAVED && current != null
                ? new SaveState(SaveState.Kind.SAVED, current.status().text()) : s;
    }

    @Override
    public Opened restoreNewestBackup(Progress progress) {
        throw new StorageProblem("A team database has no backup files here: its administrator restores it "
                + "(docs/team.md).", List.of(RecoveryAction.QUIT));
    }

    /** Another window on this machine has the queue: show the server's data, never written. */
    @Override
    public Opened openReadOnly(Progress progress) {
        try {
            PlannerData data = logins.read(url);
            return new Opened(data, "Another Sales Call Planner on this machine has " + url + " open. This window "
                    + "only shows the data: close the other one and start again to make changes.", "");
        } catch (TeamException e) {
            throw new StorageProblem(e.getMessage(), List.of(RecoveryAction.QUIT), e);
        }
    }

    @Override
    public synchronized void close() {
        stopSaving();
        if (sync != null) {
            awaitLastEdits();
            sync.close();
            sync = null;
        }
    }

    /**
     * The last save before closing was only queued: while the server answers, give it a moment to
     * arrive, so colleagues and the manager see it now rather than at this rep's next start. It is
     * durable either way (the journal keeps it for the next start).
     */
    private void awaitLastEdits() {
        if (!sync.status().online()) {
            return;
        }
        try {
            if (!sync.awaitSent(CLOSE_GRACE)) {
                LOG.info("Closing with edits still queued; they are sent at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean manager() {
        TeamOpening o = opened;
        return o != null && o.manager();
    }

    @Override
    public String me() {
        TeamOpening o = opened;
        return o == null ? "" : o.role();
    }

    @Override
    public Map<String, PlannerData> teamPlanners() {
        try {
            return open().coaching().teamPlanners();
        } catch (TeamException e) {
            throw new TeamProblem(e.getMessage(), e);
        }
    }

    @Override
    public List<CoachingNote> notes(String rep, CallId call) {
        try {
            return open().coaching().notes(rep, call.value()).stream()
                    .map(n -> new CoachingNote(n.author(), n.text(), n.writtenAt())).toList();
        } catch (TeamException e) {
            throw new TeamProblem(e.getMessage(), e);
        }
    }

    @Override
    public void addNote(String rep, CallId call, String text) {
        try {
            open().coaching().addNote(rep, call.value(), text);
        } catch (TeamException | IllegalArgumentException e) {
            throw new TeamProblem(e.getMessage(), e);
        }
    }

    @Override
    public List<RecordConflict> conflicts() {
        TeamSync s = sync;
        return s == null ? List.of() : s.conflicts().stream().map(TeamStorage::view).toList();
    }

    private static RecordConflict view(Conflict c) {
        List<FieldDifference> fields = FieldMerge.differences(c).stream()
                .map(d -> new FieldDifference(d.field(), d.mine(), d.theirs())).toList();
        return new RecordConflict(c.key().text(), com.salescallplanner.store.team.ConflictTitles.title(c), c.reason(), fields);
    }

    @Override
    public PlannerData settle(String key, Choice choice, Set<String> fromTheirs) {
        TeamSync s = open();
        RecordKey k = RecordKey.parse(key);
        Conflict c = s.conflicts().stream().filter(x -> x.key().equals(k)).findFirst()
                .orElseThrow(() -> new TeamProblem("That conflict is settled already.", null));
        try {
            return switch (choice) {
                case KEEP_MINE -> s.resolve(k, TeamSync.Choice.KEEP_MINE, null);
                case TAKE_THEIRS -> s.resolve(k, TeamSync.Choice.TAKE_THEIRS, null);
                case MERGE -> s.resolve(k, TeamSync.Choice.MERGED, FieldMerge.merge(c, fromTheirs));
            };
        } catch (IOException e) {
            throw new TeamProblem(e.getMessage(), e);
        }
    }

    @Override
    public void setConflictListener(Runnable l) {
        conflictListener = l == null ? () -> { } : l;
    }

    private TeamSync open() {
        TeamSync s = sync;
        if (s == null) {
            throw new TeamProblem("The team database is not open.", null);
        }
        return s;
    }

    @Override
    public String location() {
        return "the team database " + url;
    }
}
