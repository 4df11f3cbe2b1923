package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.StoreException.Kind;
import com.salescallplanner.store.format.PlannerJson;
import com.salescallplanner.store.format.SavedTexts;
import com.salescallplanner.store.edits.PlannerDiff.Change;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rep's data on disk: {@value #FILE_NAME} in the data folder, with earlier versions in
 * {@value #BACKUP_FOLDER}. A store opened for writing holds the folder's lock until closed; one
 * opened for reading never changes anything on disk.
 *
 * <p>Promises: a save replaces the file atomically (a crash leaves the old or the new version,
 * never a mix) and first keeps the replaced version as a backup; a file that cannot be read is
 * never overwritten or replaced by an empty planner, and the error names it, says what is wrong
 * where, and points to the newest readable backup. See docs/storage.md.
 */
public final class PlannerStore implements AutoCloseable {
    public static final String FILE_NAME = "planner.json";
    public static final String BACKUP_FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(PlannerStore.class);

    private final Path folder;
    private final Path file;
    private final FolderLock lock;
    private final Clock clock;
    private final Backups backups;
    private final Inspector inspector;
    private final ReplacedFile replaced;
    private final DataChecks checks;
    /** The text of each prospect and call as last saved, so a save after an edit formats only what changed. */
    private final SavedTexts savedTexts = new SavedTexts();
    private volatile String readOnlyReason;
    /** The version of the file this store last read or wrote, and its format version. */
    private KnownFile known;
    /** The edits since planner.json was written (a writer's; null for a reader). */
    private final Journal journal;
    /** Files from this size have their prospects read first ({@link #load(Consumer)}); tests lower it. */
    long prospectsFirstFrom = ProspectsFirst.MIN_BYTES;
    /** Held while planner.json is rewritten, before this store's own lock: one rewrite at a time, appends go on. */
    private final Object rewriting = new Object();
    /** What planner.json and the journal hold together, once a writer has loaded them; null before. */
    private PlannerData durable;
    private final JournalFolds folds;

    record KnownFile(FileStamp stamp, int version) {
    }

    private PlannerStore(Path folder, FolderLock lock, Clock clock) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
        this.lock = lock;
        this.clock = clock;
        this.backups = new Backups(folder.resolve(BACKUP_FOLDER), clock.getZone());
        this.inspector = new Inspector(file, backups);
        this.replaced = new ReplacedFile(file, backups, inspector, clock);
        this.checks = new DataChecks(folder, file, backups, inspector);
        this.readOnlyReason = lock == null ? "opened for reading only" : null;
        this.journal = lock == null ? null : new Journal(folder);
        this.folds = lock == null ? null : new JournalFolds(this::foldJournal);
    }

    /** Takes the folder's lock (refused when another planner holds it) and removes leftovers of killed saves. */
    public static PlannerStore openForWriting(Path folder, Clock clock) throws StoreException {
        DataChecks.refuseFileInTheWay(folder);
        FolderLock lock = FolderLock.acquire(folder);
        AtomicFiles.deleteStaleTemps(folder);
        AtomicFiles.deleteStaleTemps(folder.resolve(BACKUP_FOLDER));
        return new PlannerStore(folder, lock, clock);
    }

    public static PlannerStore openForWriting(Path folder) throws StoreException {
        return openForWriting(folder, Clock.systemDefaultZone());
    }

    /** No lock, no writes: for commands that only read, even while the window is open. */
    public static PlannerStore openForReading(Path folder) {
        return new PlannerStore(folder, null, Clock.systemDefaultZone());
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return file;
    }

    /** False when opened for reading or when the file came from a newer version. */
    public boolean canWrite() {
        return readOnlyReason == null;
    }

    /**
     * Reads the file and puts the journal's edits on it. A missing file is a new, empty planner,
     * unless backups exist (then it is a {@link Kind#MISSING} error); an unreadable one is a
     * {@link Kind#UNREADABLE} error and stays exactly as it is. A journal line that is cut off or
     * damaged is reported in the notice, never passed over (docs/storage.md).
     */
    public LoadResult load() throws StoreException {
        return load(null);
    }

    /** {@link #load()}, first handing over a large file's prospects without their calls ({@link ProspectsFirst}). */
    public LoadResult load(Consumer<PlannerData> prospectsFirst) throws StoreException {
        synchronized (rewriting) {
            synchronized (this) {
                if (prospectsFirst != null) { // no reading twice for nobody
                    ProspectsFirst.read(file, prospectsFirst, prospectsFirstFrom);
                }
                return loadNow();
            }
        }
    }

    private LoadResult loadNow() throws StoreException {
        durable = null;
        if (!Files.exists(file)) {
            checks.refuseMissingFile();
            known = null;
            savedTexts.forget(0);
            return new LoadResult(PlannerData.empty(), true, PlannerJson.CURRENT_VERSION, Optional.empty(),
                    Optional.empty());
        }
        String asideTime = lock == null ? null : AsideTime.now(clock);
        PlannerReading r = PlannerReading.of(inspector, file, asideTime, checks::writeProtection);
        known = new KnownFile(r.read().stamp(), r.read().decoded().schemaVersion());
        savedTexts.forget(r.read().stamp().size()); // other records now: the old texts would only hold memory
        if (lock != null) {
            readOnlyReason = r.readOnly().orElse(null); // each load decides anew: the rep may have made it writable again
            if (readOnlyReason == null) {
                adopt(r.read(), r.replayed(), asideTime);
            }
        }
        LOG.info("Loaded {} (format {}) with {} journalled edits: {}", file, known.version(),
                r.replayed().applied().size(), r.replayed().data());
        return new LoadResult(r.replayed().data(), false, known.version(), r.readOnly(), r.notice());
    }

    private void adopt(Inspector.Read read, JournalReplay.Replayed replayed, String asideTime) throws StoreException {
        try {
            journal.adopt(read.base(), replayed, asideTime);
            durable = replayed.data();
        } catch (IOException e) {
            throw new StoreException(Kind.IO, journal.file(), "Could not open " + journal.file() + ": "
                    + IoMessages.describe(e) + ". Nothing was changed.", null, e);
        }
    }

    /**
     * Saves the whole planner: the replaced version goes to the backups first (only if it can be
     * read; an unreadable file is set aside, never overwritten), then the new version takes its
     * place atomically. The journal is emptied: the file holds everything.
     */
    public void save(PlannerData data) throws StoreException {
        synchronized (rewriting) {
            synchronized (this) {
                refuseIfReadOnly();
                rewrite(data, journal == null || durable == null ? 0 : journal.lastSeq());
            }
        }
    }

    /**
     * Makes the data durable at the cost of what changed since the last save or load: the changed
     * prospects, calls or settings are appended to {@code planner.journal} and forced to disk, and
     * the journal is folded into {@code planner.json} in the background once it grows, and on
     * {@link #close()}. Where that cannot keep the data exactly (nothing loaded yet, a file in an
     * older format, an edit too large to be worth journalling), the whole file is saved instead.
     */
    public void saveEdits(PlannerData data) throws StoreException {
        synchronized (this) {
            refuseIfReadOnly();
            if (appended(data)) {
                return;
            }
        }
        save(data);
    }

    private void refuseIfReadOnly() throws StoreException {
        checks.refuseSaving(canWrite() ? checks.writeProtection().orElse(null) : readOnlyReason);
    }

    /** Appends the edits to the journal when that keeps the data exactly; false when the whole file must be written. */
    private boolean appended(PlannerData data) throws StoreException {
        if (durable == null || !journal.isOpen() || known == null || known.version() != PlannerJson.CURRENT_VERSION) {
            return false;
        }
        if (data == durable) {
            return true;
        }
        List<Change> changes = JournalEdits.between(durable, data).orElse(null);
        if (changes == null || JournalFolds.tooLargeToJournal(changes, known.stamp().size())) {
            return false;
        }
        lock.ensureHeld("Could not save " + file, file, () -> checks.untouched(known));
        try {
            journal.append(changes);
        } catch (IOException e) {
            throw new StoreException(Kind.IO, journal.file(), "Could not save " + journal.file() + ": "
                    + IoMessages.describe(e) + ". Nothing was saved.", null, e);
        }
        durable = data;
        if (JournalFolds.worthFolding(journal.editsSinceBase(), journal.bytesSinceBase())) {
            folds.soon();
        }
        return true;
    }

    /**
     * Folds the journal into planner.json: the data it holds is written out while edits go on
     * being appended; then planner.json is replaced as by {@link #save} and the journal keeps
     * only the edits made meanwhile.
     */
    void foldJournal() throws StoreException {
        synchronized (rewriting) {
            PlannerData snapshot;
            long through;
            synchronized (this) {
                if (durable == null || journal.editsSinceBase() == 0 || !canWrite()) {
                    return;
                }
                refuseIfReadOnly();
                snapshot = durable;
                through = journal.lastSeq();
            }
            Path tmp = null;
            try {
                Checksummed.Temp written = Checksummed.writeTemp(file, snapshot, clock.instant(), savedTexts);
                tmp = written.path();
                synchronized (this) {
                    replaceFile(tmp, written.base(), through);
                }
            } catch (IOException e) {
                AtomicFiles.deleteQuietly(tmp);
                throw new StoreException(Kind.IO, file, "Could not fold " + journal.file() + " into " + file + ": "
                        + IoMessages.describe(e) + ". The edits are kept in the journal.", null, e);
            } catch (StoreException e) {
                AtomicFiles.deleteQuietly(tmp);
                throw e;
            }
            backups.prune(LocalDateTime.now(clock).toLocalDate());
        }
    }

    /** Writes the whole file (holding both locks) and empties the journal up to {@code through}. */
    private void rewrite(PlannerData data, long through) throws StoreException {
        Path tmp = null;
        try {
            OwnerOnly.createFolder(folder);
            Checksummed.Temp written = Checksummed.writeTemp(file, data, clock.instant(), savedTexts);
            tmp = written.path();
            replaceFile(tmp, written.base(), through);
            if (journal != null && journal.isOpen()) {
                durable = data;
            }
        } catch (StoreException e) {
            AtomicFiles.deleteQuietly(tmp); // only ever this writer's own temporary file
            throw e;
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(tmp);
            // Only what is true for every caller: the window adds that it keeps the changes and retries.
            throw new StoreException(Kind.IO, file, "Could not save " + file + ": " + IoMessages.describe(e)
                    + ". Nothing was saved.", null, e);
        }
        backups.prune(LocalDateTime.now(clock).toLocalDate());
    }

    /**
     * Puts the written temporary file in place of planner.json: the journal first notes the fold
     * (so that a crash right after the rename does not apply its edits twice), the replaced
     * version is kept, and after the rename the journal keeps only the edits after {@code through}.
     */
    private void replaceFile(Path tmp, JournalLines.Base written, long through) throws IOException, StoreException {
        // Before keeping the old version, and again just before the rename.
        lock.ensureHeld("Could not save " + file, file, () -> checks.untouched(known));
        if (durable == null) {
            journal.setAside(AsideTime.now(clock), "it was not loaded before "
                    + FILE_NAME + " was replaced");
        } else {
            journal.appendFold(written, through);
        }
        replaced.keep(known);
        lock.ensureHeld("Could not save " + file, file, () -> checks.untouched(known));
        AtomicFiles.moveIntoPlace(tmp, file);
        known = new KnownFile(FileStamp.of(file), PlannerJson.CURRENT_VERSION);
        try {
            journal.rebase(written, through);
        } catch (IOException e) {
            // planner.json is saved; the old journal's fold line says which of its edits it holds.
            LOG.warn("Could not start {} afresh after saving {}; the next save writes the whole file", journal.file(),
                    file, e);
            journal.close();
        }
    }

    /** The backups, newest first. */
    public List<Backup> backups() {
        return backups.list();
    }

    /** The newest backup that loads without error (reads backups newest first until one does). */
    public Optional<Backup> newestReadableBackup() {
        return inspector.newestReadableBackup();
    }

    /**
     * Puts a backup in place of the current file and loads it. The current file is kept: as a
     * backup when it can be read, else set aside as {@code planner-unreadable-<time>.json}.
     */
    public LoadResult restore(Backup backup) throws StoreException {
        synchronized (rewriting) {
            synchronized (this) {
                return restoreNow(backup);
            }
        }
    }

    private LoadResult restoreNow(Backup backup) throws StoreException {
        if (lock == null) {
            throw new StoreException(Kind.READ_ONLY, file, "Cannot restore a backup: " + readOnlyReason + ".");
        }
        inspector.read(backup.path()); // refuse a backup that cannot be read, before touching anything
        lock.ensureHeld("Could not restore " + backup.displayName(), file, () -> checks.untouched(known));
        try {
            replaced.keep(known);
            if (durable == null || journal.editsSinceBase() > 0) { // edits on the replaced version: kept beside it
                journal.setAside(AsideTime.now(clock), "a backup was restored");
            }
            AtomicFiles.copy(backup.path(), file);
        } catch (IOException e) {
            throw new StoreException(Kind.IO, file, "Could not restore " + backup.displayName() + ": "
                    + IoMessages.describe(e) + ".", null, e);
        }
        readOnlyReason = null;
        LOG.info("Restored {} from {}", file, backup.path());
        return loadNow();
    }

    /** {@link #restore} with the newest readable backup; an error when there is none. */
    public LoadResult restoreNewestBackup() throws StoreException {
        Backup b = newestReadableBackup().orElseThrow(() -> new StoreException(Kind.UNREADABLE, file,
                "There is no readable backup in " + folder.resolve(BACKUP_FOLDER) + "."));
        return restore(b);
    }

    /**
     * For a planner.json that cannot be read, with no backup to restore: keeps it (and its journal) aside,
     * renamed, and opens a new, empty planner saying where. Refused, changing nothing, in any other case.
     */
    public LoadResult startAfresh() throws StoreException {
        synchronized (rewriting) {
            synchronized (this) {
                FreshStart.refuseUnlessStranded(file, lock == null ? readOnlyReason : null, inspector, backups);
                lock.ensureHeld("Could not set " + file + " aside", file, () -> checks.untouched(known));
                FreshStart.Aside aside = FreshStart.setAside(file, replaced, journal, AsideTime.now(clock));
                return FreshStart.noticed(loadNow(), aside);
            }
        }
    }

    /**
     * Folds the journal into planner.json (when that fails, the edits stay in the journal and
     * are read on the next start) and releases the lock (a store opened for reading has none).
     */
    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        folds.stop();
        try {
            foldJournal();
        } catch (StoreException e) {
            LOG.warn("The journal was not folded on closing; its edits are read on the next start: {}", e.getMessage());
        }
        synchronized (this) {
            journal.close();
        }
        lock.close();
    }
}
