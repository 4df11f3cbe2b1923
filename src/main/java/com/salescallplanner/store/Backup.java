package com.salescallplanner.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One earlier version of {@code planner.json} kept in the {@code backups} folder.
 *
 * @param savedAt when that version was saved (the planner file's modification time, local time)
 */
public record Backup(Path path, LocalDateTime savedAt, long size) {
    /** "backups/planner-2026-11-27T10-00-00.json": how messages refer to it. */
    public String displayName() {
        return PlannerStore.BACKUP_FOLDER + "/" + path.getFileName();
    }
}
