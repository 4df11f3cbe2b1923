package com.salescallplanner.store;

import com.salescallplanner.store.format.PlannerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code planner.json} read with the journal's edits on it, and what the rep is told about the
 * two: why the data may not be saved (a file or journal of a newer version, a read-only file)
 * and anything else worth knowing (a converted format, a journal line cut off or damaged).
 *
 * @param read     the file as read (its stamp and checksum name the version)
 * @param replayed the data with the journal's edits, and what becomes of the journal
 * @param readOnly why saving is refused, or empty
 * @param notice   what the rep should know, or empty
 */
record PlannerReading(Inspector.Read read, JournalReplay.Replayed replayed, Optional<String> readOnly,
                      Optional<String> notice) {

    /**
     * @param asideTime       the time for the name of a journal set aside; null for a reader
     * @param writeProtection why the rep's file may not be written, asked only for a file of this version
     */
    static PlannerReading of(Inspector inspector, Path file, String asideTime,
                             Supplier<Optional<String>> writeProtection) throws StoreException {
        Inspector.Read read = null;
        JournalReplay.Replayed replayed = null;
        boolean journalled = Files.exists(file.resolveSibling(Journal.FILE_NAME));
        for (int attempt = 0; attempt < 3 && replayed == null; attempt++) {
            // A file its journal names was written, or read with every check, by Sales Call Planner: no key in it
            // is given twice, and looking for one is a tenth of a large file's load. Any other is read with the check.
            read = journalled ? inspector.readTrustingKeys(file) : inspector.read(file);
            JournalLines.Contents journal = Journal.read(file.getParent());
            if (!read.keysChecked() && !JournalReplay.names(journal, read.base())) {
                read = inspector.read(file);
            }
            replayed = JournalReplay.of(read, journal, asideTime);
            // A reader may have read planner.json just before a writer folded the journal into it: read again.
            if (asideTime == null && "unapplied".equals(replayed.asideKind()) && !sameFile(file, read.stamp())
                    && attempt < 2) {
                replayed = null;
            }
        }
        int version = read.decoded().schemaVersion();
        Optional<String> notice = Optional.ofNullable(replayed.notice());
        if (read.decoded().fromNewerVersion()) {
            return new PlannerReading(read, replayed, Optional.of(PlannerStore.FILE_NAME + " was written by a newer "
                    + "version of Sales Call Planner (format " + version + "; this version knows up to "
                    + PlannerJson.CURRENT_VERSION + "). It is open read-only so that nothing the newer version stored "
                    + "is lost. Update Sales Call Planner to make changes."), notice);
        }
        if (replayed.newer()) {
            return new PlannerReading(read, replayed, Optional.of(replayed.notice() + " It is open read-only so that "
                    + "nothing the newer version stored is lost. Update Sales Call Planner to make changes."),
                    Optional.empty());
        }
        if (read.decoded().migrated()) {
            notice = Optional.of(PlannerStore.FILE_NAME + " was in the format of an older version (" + version
                    + ") and was converted. The original is kept in " + PlannerStore.BACKUP_FOLDER + " when the new "
                    + "format is first saved." + notice.map(n -> " " + n).orElse(""));
        }
        return new PlannerReading(read, replayed, writeProtection.get(), notice);
    }

    private static boolean sameFile(Path file, FileStamp stamp) {
        try {
            return FileStamp.of(file).sameAs(stamp);
        } catch (IOException e) {
            return false;
        }
    }
}
