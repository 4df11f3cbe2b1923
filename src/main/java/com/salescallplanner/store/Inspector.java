package com.salescallplanner.store;

import com.salescallplanner.store.StoreException.Kind;
import com.salescallplanner.store.format.FormatException;
import com.salescallplanner.store.format.PlannerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads planner files and backups, and words what is wrong with one that cannot be read. */
final class Inspector {
    private final Path mainFile;
    private final Backups backups;

    record Read(PlannerJson.Decoded decoded, FileStamp stamp) {
    }

    Inspector(Path mainFile, Backups backups) {
        this.mainFile = mainFile;
        this.backups = backups;
    }

    Read read(Path path) throws StoreException {
        try {
            FileStamp stamp = FileStamp.of(path);
            if (stamp.size() > PlannerJson.MAX_FILE_BYTES) {
                throw unreadable(path, "it is " + stamp.size() / (1024 * 1024) + " MB, larger than any planner file "
                        + "can be (" + PlannerJson.MAX_FILE_BYTES / (1024 * 1024) + " MB)", null);
            }
            byte[] bytes = Files.readAllBytes(path);
            return new Read(PlannerJson.read(bytes), stamp);
        } catch (FormatException e) {
            throw unreadable(path, "at " + e.where() + ": " + e.problem(), e);
        } catch (IOException e) {
            throw new StoreException(Kind.IO, path, "Could not read " + path + ": " + IoMessages.describe(e) + ".",
                    null, e);
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
        String problem = what.endsWith(".") ? what : what + ".";
        if (!path.equals(mainFile)) {
            return new StoreException(Kind.UNREADABLE, path, "The backup " + path + " cannot be read " + problem,
                    null, cause);
        }
        Optional<Backup> backup = newestReadableBackup();
        String way = backup.map(b -> " The newest readable backup is " + b.displayName() + " (saved "
                        + b.savedAt().toString().replace('T', ' ') + ").")
                .orElse(" There is no readable backup.");
        return new StoreException(Kind.UNREADABLE, path, path + " cannot be read " + problem
                + " The file is unchanged." + way, backup.orElse(null), cause);
    }
}
