package com.salescallplanner.store;

import com.salescallplanner.store.format.PlannerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the version of {@code planner.json} that a save or a restore is about to replace:
 * as a backup when it can be read, set aside as {@code planner-unreadable-<time>.json} when it
 * cannot. Nothing unreadable ever enters the backups, and nothing is ever overwritten unread.
 */
final class ReplacedFile {
    private static final Logger LOG = LoggerFactory.getLogger(ReplacedFile.class);

    private final Path file;
    private final Backups backups;
    private final Inspector inspector;
    private final Clock clock;

    ReplacedFile(Path file, Backups backups, Inspector inspector, Clock clock) {
        this.file = file;
        this.backups = backups;
        this.inspector = inspector;
        this.clock = clock;
    }

    /**
     * @param known the version the store last read or wrote: known to be readable when the file
     *              on disk is still that version; anything else (an edit by hand) is read first
     */
    void keep(PlannerStore.KnownFile known) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        FileStamp now = FileStamp.of(file);
        int version;
        if (known != null && now.sameAs(known.stamp())) {
            version = known.version();
        } else {
            try {
                version = inspector.read(file).decoded().schemaVersion();
                if (known != null) {
                    LOG.warn("{} was changed by another program since it was loaded; keeping that version as a "
                            + "backup", file);
                }
            } catch (StoreException e) {
                setAside(now);
                return;
            }
        }
        if (version < PlannerJson.CURRENT_VERSION) {
            Path original = backups.keepOriginal(file, version, LocalDateTime.now(clock));
            LOG.info("Kept the format-{} original as {}", version, original);
        }
        backups.keep(file);
    }

    private void setAside(FileStamp stamp) throws IOException {
        if (stamp.size() > 0) { // an empty file holds nothing to keep
            setAsideUnreadable(AsideTime.now(clock));
        }
    }

    /** Moves the file that cannot be read aside, for good, as {@code planner-unreadable-<time>.json}; returns that. */
    Path setAsideUnreadable(String time) throws IOException {
        String name = "planner-unreadable-" + time + ".json";
        Path aside = file.resolveSibling(name);
        Files.move(file, aside);
        AtomicFiles.syncFolder(file.toAbsolutePath().getParent());
        LOG.warn("{} could not be read; it was set aside as {} and not overwritten", file, aside);
        return aside;
    }
}
