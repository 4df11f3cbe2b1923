package com.salescallplanner.store;

import com.salescallplanner.store.StoreException.Kind;
import com.salescallplanner.store.format.FormatException;
import com.salescallplanner.store.format.PlannerJson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

/** Reads planner files and backups, and words what is wrong with one that cannot be read. */
final class Inspector {
    /** Reads from the file in steps this large (the parser takes 8 KB at a time from it). */
    private static final int BUFFER_BYTES = 1 << 16;
    private final Path mainFile;
    private final Backups backups;

    /**
     * The file's content and its version on disk: stamp, and size and checksum (what the journal names).
     *
     * @param keysChecked false when a key given twice in one object was not looked for ({@link #readTrustingKeys})
     */
    record Read(PlannerJson.Decoded decoded, FileStamp stamp, JournalLines.Base base, boolean keysChecked) {
    }

    Inspector(Path mainFile, Backups backups) {
        this.mainFile = mainFile;
        this.backups = backups;
    }

    Read read(Path path) throws StoreException {
        return read(path, true);
    }

    /**
     * {@link #read(Path)} without looking for a key given twice in one object, for a file expected to
     * be one its journal names: the caller reads it again with {@link #read(Path)} when its size and
     * checksum are not a version the journal names. A file with anything wrong is read again with
     * every check, so that its first problem is worded, and placed, as always.
     */
    Read readTrustingKeys(Path path) throws StoreException {
        return read(path, false);
    }

    private Read read(Path path, boolean checkRepeatedKeys) throws StoreException {
        try {
            FileStamp stamp = FileStamp.of(path);
            // Streamed, not read whole first: a large file's array cost a fifth of its load (docs/performance.md).
            CRC32C crc = new CRC32C();
            try (RegularFiles.BoundedStream counted = RegularFiles.open(path, PlannerJson.MAX_FILE_BYTES);
                 InputStream in = new BufferedInputStream(new CheckedInputStream(counted, crc), BUFFER_BYTES)) {
                PlannerJson.Decoded decoded = PlannerJson.read(in, checkRepeatedKeys);
                in.transferTo(OutputStream.nullOutputStream()); // the journal names the whole file's size and checksum
                boolean keysChecked = checkRepeatedKeys || decoded.schemaVersion() != PlannerJson.CURRENT_VERSION;
                return new Read(decoded, stamp, new JournalLines.Base(counted.count(), crc.getValue()), keysChecked);
            }
        } catch (RegularFiles.NotRegularFileException e) {
            throw unreadable(path, ": it is " + e.kind() + ", not a regular file", e);
        } catch (RegularFiles.FileTooLargeException e) {
            String size = e.size() < 0 ? "it grew" : String.format(Locale.ROOT, "it is %,d bytes", e.size());
            throw unreadable(path, ": " + size + ", more than the 1 GiB a planner file may hold", e);
        } catch (FormatException e) {
            if (!checkRepeatedKeys) {
                return read(path, true); // a key given twice may come before this problem: the first is reported
            }
            throw unreadable(path, "at " + e.where() + ": " + e.problem(), e);
        } catch (IOException e) {
            throw new StoreException(Kind.IO, path, "Could not read " + path + ": " + IoMessages.describe(e) + ".",
                    null, e);
        }
    }

    /**
     * A symbolic link whose target is gone (a drive or share not connected) is not a first start:
     * a new planner saved there would replace the link and part the rep from the data behind it.
     */
    void refuseDanglingLink(Path path) throws StoreException {
        if (Files.isSymbolicLink(path)) {
            String target;
            try {
                target = Files.readSymbolicLink(path).toString();
            } catch (IOException e) {
                target = "a file";
            }
            throw unreadable(path, ": it is a symbolic link to " + target + ", which does not exist (a drive or share "
                    + "that is not connected?)", null);
        }
    }

    Optional<Backup> newestReadableBackup() {
        for (Backup b : backups.list()) {
            try {
                read(b.path());
                return Optional.of(b);
            } catch (StoreException e) {
                // an unreadable backup is skipped; the next older one may do
            }
        }
        return Optional.empty();
    }

    private StoreException unreadable(Path path, String what, Exception cause) {
        // "cannot be read at line 3, column 7: ..." or "cannot be read: it is a folder, ..."
        String problem = (what.startsWith(":") ? "" : " ") + (what.endsWith(".") ? what : what + ".");
        if (!path.equals(mainFile)) {
            return new StoreException(Kind.UNREADABLE, path, "The backup " + path + " cannot be read" + problem,
                    null, cause);
        }
        Optional<Backup> backup = newestReadableBackup();
        String way = backup.map(b -> " The newest readable backup is " + b.displayName() + " (saved "
                        + b.savedAt().toString().replace('T', ' ') + ").")
                .orElse(" There is no readable backup.");
        return new StoreException(Kind.UNREADABLE, path, path + " cannot be read" + problem
                + " The file is unchanged." + way, backup.orElse(null), cause);
    }
}
