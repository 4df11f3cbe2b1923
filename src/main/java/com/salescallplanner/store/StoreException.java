package com.salescallplanner.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store could not do what was asked. The message is complete and written for the rep: it
 * names the file, says what is wrong and where, and what to do (for an unreadable file: that
 * it is unchanged and which backup can be restored).
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can offer the right way out. */
    public enum Kind {
        /** The file exists but cannot be read; it was left untouched. */
        UNREADABLE,
        /** The file is missing although backups exist: a recovery case, not a first start; nothing was changed. */
        MISSING,
        /** Another process holds the data folder's lock. */
        LOCKED,
        /** This store may not write: opened for reading, or the file comes from a newer version. */
        READ_ONLY,
        /** Reading or writing failed at the operating-system level (disk full, permissions, ...). */
        IO
    }

    private final Kind kind;
    private final transient Path file;
    private final transient Backup newestBackup;

    StoreException(Kind kind, Path file, String message, Backup newestBackup, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
        this.newestBackup = newestBackup;
    }

    /** Reading or writing failed somewhere other than the data folder (the team database): the message says where. */
    public static StoreException io(String message, Throwable cause) {
        return new StoreException(Kind.IO, null, message, null, cause);
    }

    StoreException(Kind kind, Path file, String message) {
        this(kind, file, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file or folder concerned. */
    public Path file() {
        return file;
    }

    /** For an unreadable or missing file: the newest backup that can be read, if any. */
    public Optional<Backup> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
