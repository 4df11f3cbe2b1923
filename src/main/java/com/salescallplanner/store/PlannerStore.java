package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.StoreException.Kind;
import com.salescallplanner.store.format.PlannerJson;
import com.salescallplanner.store.format.SavedTexts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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
     * Reads the file. A missing file is a new, empty planner, unless backups exist (then it is a
     * {@link Kind#MISSING} error); an unreadable one is a {@link Kind#UNREADABLE} error and stays
     * exactly as it is.
     */
    public synchronized LoadResult load() throws StoreException {
        if (!Files.exists(file)) {
            checks.refuseMissingFile();
            known = null;
            savedTexts.forget(0);
            return new LoadResult(PlannerData.empty(), true, PlannerJson.CURRENT_VERSION, Optional.empty(),
                    Optional.empty());
        }
        Inspector.Read read = inspector.read(file);
        known = new KnownFile(read.stamp(), read.decoded().schemaVersion());
        savedTexts.forget(read.stamp().size()); // other records now: the old texts would only hold memory
        int version = read.decoded().schemaVersion();
        Optional<String> reason = Optional.empty();
        Optional<String> notice = Optional.empty();
        if (read.decoded().fromNewerVersion()) {
            reason = Optional.of(FILE_NAME + " was written by a newer version of Sales Call Planner (format " + version
                    + "; this version knows up to " + PlannerJson.CURRENT_VERSION + "). It is open read-only so that "
                    + "nothing the newer version stored is lost. Update Sales Call Planner to make changes.");
        } else {
            reason = checks.writeProtection();
            if (read.decoded().migrated()) {
                notice = Optional.of(FILE_NAME + " was in the format of an older version (" + version + ") and was "
                        + "converted. The original is kept in " + BACKUP_FOLDER + " when the new format is first saved.");
            }
        }
        if (lock != null) {
            readOnlyReason = reason.orElse(null); // each load decides anew: the rep may have made it writable again
        }
        LOG.info("Loaded {} (format {}): {}", file, version, read.decoded().data());
        return new LoadResult(read.decoded().data(), false, version, reason, notice);
    }

    /**
     * Saves the whole planner: the replaced version goes to the backups first (only if it can be
     * read; an unreadable file is set aside, never overwritten), then the new version takes its
     * place atomically.
     */
    public synchronized void save(PlannerData data) throws StoreException {
        String refusal = canWrite() ? checks.writeProtection().orElse(null) : readOnlyReason;
        if (refusal != null) {
            throw new StoreException(Kind.READ_ONLY, file, "Cannot save " + file + ": " + refusal
                    + (refusal.endsWith(".") ? "" : "."));
        }
        Path tmp = null;
        try {
            OwnerOnly.createFolder(folder);
            tmp = AtomicFiles.writeTemp(file, out -> PlannerJson.write(data, clock.instant(), out, savedTexts));
            // Before keeping the old version, and again just before the rename.
            lock.ensureHeld("Could not save " + file, file, this::untouched);
            replaced.keep(known);
            lock.ensureHeld("Could not save " + file, file, this::untouched);
            AtomicFiles.moveIntoPlace(tmp, file);
            known = new KnownFile(FileStamp.of(file), PlannerJson.CURRENT_VERSION);
        } catch (StoreException e) {
            AtomicFiles.deleteQuietly(tmp); // only ever this writer's own temporary file
            throw e;
        } catch (IOException e) {
            if (tmp != null) {
                AtomicFiles.deleteQuietly(tmp);
            }
            // Only what is true for every caller: the window adds that it keeps the changes and retries.
            throw new StoreException(Kind.IO, file, "Could not save " + file + ": " + IoMessages.describe(e)
                    + ". Nothing was saved.", null, e);
        }
        backups.prune(LocalDateTime.now(clock).toLocalDate());
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
    public synchronized LoadResult restore(Backup backup) throws StoreException {
        if (lock == null) {
            throw new StoreException(Kind.READ_ONLY, file, "Cannot restore a backup: " + readOnlyReason + ".");
        }
        inspector.read(backup.path()); // refuse a backup that cannot be read, before touching anything
        lock.ensureHeld("Could not restore " + backup.displayName(), file, this::untouched);
        try {
            replaced.keep(known);
            AtomicFiles.copy(backup.path(), file);
        } catch (IOException e) {
            throw new StoreException(Kind.IO, file, "Could not restore " + backup.displayName() + ": "
                    + IoMessages.describe(e) + ".", null, e);
        }
        readOnlyReason = null;
        LOG.info("Restored {} from {}", file, backup.path());
        return load();
    }

    /** {@link #restore} with the newest readable backup; an error when there is none. */
    public LoadResult restoreNewestBackup() throws StoreException {
        Backup b = newestReadableBackup().orElseThrow(() -> new StoreException(Kind.UNREADABLE, file,
                "There is no readable backup in " + folder.resolve(BACKUP_FOLDER) + "."));
        return restore(b);
    }

    /** Releases the lock (a store opened for reading has none). */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }

    /** Whether the file is still as this store last read or wrote it (or still absent): nobody else wrote it. */
    private boolean untouched() {
        try {
            return known == null ? !Files.exists(file) : FileStamp.of(file).sameAs(known.stamp());
        } catch (IOException e) {
            return false;
        }
    }


    /** Whether this store holds the folder's lock. */
    public boolean holdsLock() {
        return lock != null;
    }
}
