package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * When {@link PlannerStore#startAfresh} may set the rep's file aside, and what the rep is told:
 * only a file that cannot be read, in a folder with no backup at all (with one, restoring it is
 * the way out, and a missing file beside backups is never a new planner), and not a symbolic
 * link (what it points to, a drive or share not connected, may hold the data).
 */
final class FreshStart {
    private FreshStart() {
    }

    /** @param readOnlyReason why this store may not write, or null when it may */
    static void refuseUnlessStranded(Path file, String readOnlyReason, Inspector inspector, Backups backups)
            throws StoreException {
        String refused = "Cannot start a new planner in place of " + file + ": ";
        if (readOnlyReason != null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, file, refused + readOnlyReason + ".");
        }
        if (!backups.list().isEmpty()) {
            throw new StoreException(StoreException.Kind.UNREADABLE, file, refused + "the folder holds backups; "
                    + "restore one instead. Nothing was changed.");
        }
        if (Files.isSymbolicLink(file)) { // to a drive or share not connected, perhaps: the rep's data may be behind it
            throw new StoreException(StoreException.Kind.UNREADABLE, file, refused + "it is a symbolic link; "
                    + "connect what it points to, or replace the link by hand. Nothing was changed.");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(StoreException.Kind.MISSING, file, refused + "there is no such file. "
                    + "Nothing was changed.");
        }
        try {
            inspector.read(file);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.UNREADABLE) {
                return; // stranded: the file cannot be read, and nothing can be restored
            }
            throw e;
        }
        throw new StoreException(StoreException.Kind.UNREADABLE, file, refused + "it can be read. Nothing was changed.");
    }

    /** Where the file that could not be read, and its journal (null when there was none), are kept. */
    record Aside(Path file, Path journal) {
    }

    /** Moves the file and its journal aside for good, under names with the same time. */
    static Aside setAside(Path file, ReplacedFile replaced, Journal journal, String time) throws StoreException {
        try {
            Path aside = replaced.setAsideUnreadable(time);
            return new Aside(aside, journal.setAside(time, file.getFileName() + " could not be read and was set aside"));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, file, "Could not set " + file + " aside: "
                    + IoMessages.describe(e) + ". Nothing was deleted.", null, e);
        }
    }

    /** The new planner's load, with where the old file is kept. */
    static LoadResult noticed(LoadResult fresh, Aside aside) {
        String notice = "This is a new, empty planner. The file that could not be read is kept as "
                + aside.file().getFileName() + (aside.journal() == null ? "" : ", the edits saved after it as "
                + aside.journal().getFileName() + ",") + " in " + aside.file().toAbsolutePath().getParent()
                + (aside.journal() == null ? ": nothing in it was changed or deleted, and it" : ": nothing in them was "
                + "changed or deleted, and they") + " can still be repaired by hand.";
        return new LoadResult(fresh.data(), fresh.newFile(), fresh.fileVersion(), fresh.readOnlyReason(),
                Optional.of(notice));
    }
}
