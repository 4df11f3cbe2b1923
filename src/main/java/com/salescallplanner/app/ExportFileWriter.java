package com.salescallplanner.app;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.export.CallExport;
import com.salescallplanner.store.export.CallExportFormat;
import com.salescallplanner.store.export.ExportFiles;
import com.salescallplanner.store.export.ExportedFile;
import com.salescallplanner.store.export.ProspectListCsv;
import com.salescallplanner.ui.port.ExportPort;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;

/** The window's exports, made and written by the store as the command line's {@code export} makes and writes them. */
public final class ExportFileWriter implements ExportPort {
    private final ExportFiles files;

    private ExportFileWriter(ExportFiles files) {
        this.files = files;
    }

    /** Exports for a planner whose data lives in {@code dataFolder}: none may write over its files. */
    public static ExportFileWriter keepingOutOf(Path dataFolder) {
        return new ExportFileWriter(ExportFiles.keepingOutOf(dataFolder));
    }

    /** Exports for a planner kept in memory only (a trial window, tests): no file to keep. */
    public static ExportFileWriter withoutDataFolder() {
        return new ExportFileWriter(ExportFiles.withoutDataFolder());
    }

    @Override
    public byte[] prospectListCsv(PlannerData data, ZonedDateTime now) {
        return ProspectListCsv.export(data, now);
    }

    @Override
    public ExportedFile callFile(CallExportFormat format, PlannerData data, CallId id, Instant now) {
        return CallExport.file(format, data, id, now);
    }

    @Override
    public void write(Path target, byte[] bytes) throws IOException {
        try {
            files.write(target, bytes);
        } catch (ExportFiles.Refused e) {
            throw new Refused(e.getMessage(), e);
        }
    }
}
