package com.salescallplanner.store;

import com.salescallplanner.store.StoreException.Kind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;

/**
 * What the store checks about the data folder and file before it reads or writes, each a case
 * in which going ahead would lose the rep's work or mislead: a folder that is a file, a data
 * file missing beside its backups, a data file the rep made read-only.
 */
final class DataChecks {
    private final Path folder;
    private final Path file;
    private final Backups backups;
    private final Inspector inspector;

    DataChecks(Path folder, Path file, Backups backups, Inspector inspector) {
        this.folder = folder;
        this.file = file;
        this.backups = backups;
        this.inspector = inspector;
    }

    /** A data folder that is a plain file (or lies inside one) is an error, not an empty planner. */
    static void refuseFileInTheWay(Path folder) throws StoreException {
        Optional<Path> blocker = OwnerOnly.fileInTheWay(folder);
        if (blocker.isPresent()) {
            String what = blocker.get().equals(folder.toAbsolutePath()) ? " is a file, not a folder"
                    : " cannot be used: " + blocker.get() + " is a file, not a folder";
            throw new StoreException(Kind.IO, folder, "The data folder " + folder + what
                    + ". Move the file away or choose another data folder.");
        }
    }

    /**
     * No data file: fine for a first start, but not when it is a link to a missing file or when
     * backups exist. Then the file was deleted or moved, and a new empty planner saved over that
     * history would look like the rep's data was lost: a recovery case, as for an unreadable
     * file, whose error offers the newest readable backup.
     */
    void refuseMissingFile() throws StoreException {
        refuseFileInTheWay(folder);
        inspector.refuseDanglingLink(file);
        List<Backup> all = backups.list();
        if (all.isEmpty()) {
            return;
        }
        Optional<Backup> readable = inspector.newestReadableBackup();
        String versions = all.size() == 1 ? "1 earlier version" : all.size() + " earlier versions";
        String way = readable.map(b -> "The newest readable backup is " + b.displayName() + " (saved "
                        + b.savedAt().toString().replace('T', ' ') + "). Nothing was changed. Restore it (in the window, "
                        + "accept the offer; by hand, copy it to " + file + "), or move the backups folder away to start "
                        + "a new planner.")
                .orElse("None of them can be read. Nothing was changed. Move the backups folder away to start a new "
                        + "planner.");
        throw new StoreException(Kind.MISSING, file, file + " is missing, but " + backups.dir() + " holds " + versions
                + ", so this is not a first start: the file was deleted or moved. " + way, readable.orElse(null), null);
    }

    /**
     * Why the file may not be replaced: the rep made it read-only (no owner write bit on POSIX,
     * checked on the bits so that it holds for root too; the system's verdict elsewhere). A save
     * renames a new file over it, which the folder's rights would allow, so the store must ask.
     */
    /** Whether the file is still the version the store last read or wrote (or still absent): nobody else wrote it. */
    boolean untouched(PlannerStore.KnownFile known) {
        try {
            return known == null ? !Files.exists(file) : FileStamp.of(file).sameAs(known.stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** @param refusal why nothing may be saved now, or null when it may */
    void refuseSaving(String refusal) throws StoreException {
        if (refusal != null) {
            throw new StoreException(Kind.READ_ONLY, file, "Cannot save " + file + ": " + refusal
                    + (refusal.endsWith(".") ? "" : "."));
        }
    }

    Optional<String> writeProtection() {
        boolean writable;
        try {
            // Asked before every save, an edit's too: one stat for the file's being there and its
            // mode, then access(2) for what the mode does not say (ownership, ACLs, the mount).
            writable = OwnerOnly.POSIX
                    ? Files.readAttributes(file, PosixFileAttributes.class).permissions()
                            .contains(PosixFilePermission.OWNER_WRITE) && Files.isWritable(file)
                    : !Files.exists(file) || Files.isWritable(file);
        } catch (NoSuchFileException e) {
            writable = true; // a first save makes it
        } catch (IOException e) {
            writable = true; // cannot tell: the save itself will say what is wrong
        }
        return writable ? Optional.empty() : Optional.of(file.getFileName() + " is read-only (its permissions do not "
                + "allow writing), so nothing is changed. To make changes, make it writable again (chmod u+w " + file
                + "; on Windows, clear Read-only in its Properties).");
    }
}
