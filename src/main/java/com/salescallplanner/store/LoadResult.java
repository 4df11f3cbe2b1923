package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.util.Optional;

/**
 * What {@link PlannerStore#load()} found.
 *
 * @param data           the rep's data ({@link PlannerData#empty()} for a new planner)
 * @param newFile        there was no planner file yet: this is a new, empty planner
 * @param fileVersion    the format version the file declared ({@link PlannerJson#CURRENT_VERSION} for a new file)
 * @param readOnlyReason why saving is refused (a file from a newer version), or empty
 * @param notice         something the rep should know, e.g. that the file was converted, or empty
 */
public record LoadResult(PlannerData data, boolean newFile, int fileVersion, Optional<String> readOnlyReason,
                         Optional<String> notice) {
    public boolean readOnly() {
        return readOnlyReason.isPresent();
    }

    /** The file was in an older format and was converted on reading; the next save writes the new format. */
    public boolean migrated() {
        return !newFile && fileVersion < PlannerJson.CURRENT_VERSION;
    }
}
