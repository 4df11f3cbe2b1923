package com.salescallplanner.ui.port;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.export.CallExportFormat;
import com.salescallplanner.store.export.ExportedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The window's view of its exports: the prospect list as a spreadsheet, one call as a calendar
 * event or a call sheet, and writing such a file whole or not at all, never onto the data
 * folder's own files. Implemented over {@code store.export} in {@code app}. Making the bytes is
 * quick and pure; {@link #write} blocks on the disk: call it off the JavaFX thread.
 */
public interface ExportPort {
    /**
     * The prospect list as CSV (UTF-8 with a byte-order mark, cells safe from formulas), as the
     * command line writes it.
     */
    byte[] prospectListCsv(PlannerData data, ZonedDateTime now);

    /**
     * One call in {@code format}, with what the rep should know about the file; a
     * DomainException naming the id when there is no such call.
     */
    ExportedFile callFile(CallExportFormat format, PlannerData data, CallId id, Instant now);

    /** Writes the file whole or not at all; {@link Refused} when it is one of the planner's own files. */
    void write(Path target, byte[] bytes) throws IOException;

    /** The target is one of the planner's own files; the message says which and what to do. */
    class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
