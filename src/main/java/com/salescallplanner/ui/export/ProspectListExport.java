package com.salescallplanner.ui.export;

import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.ExportPort;

import java.time.ZonedDateTime;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * "Export prospects (CSV)": the whole prospect list as a spreadsheet file, as the command line's
 * {@code export --prospects --format csv} writes it. The file is written on the background
 * executor; how it went is told to {@code message}.
 */
public final class ProspectListExport {
    private final Workspace workspace;
    private final DialogService dialogs;
    private final ExportPort exports;
    private final ExportWriter writer;

    /** @param exports makes the file and writes it, never onto the data folder's own files */
    public ProspectListExport(Workspace workspace, DialogService dialogs, ExportPort exports, Executor background,
                              Executor fx) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.exports = exports;
        this.writer = new ExportWriter(exports, background, fx);
    }

    /** Asks for a file and writes the list; does nothing if the rep cancels. */
    public void export(Consumer<String> message) {
        ZonedDateTime now = workspace.now();
        byte[] bytes = exports.prospectListCsv(workspace.data(), now);
        dialogs.chooseFileToSave("Export prospects", "prospects-" + now.toLocalDate() + ".csv",
                "Spreadsheet (CSV)", "csv").ifPresent(path -> writer.write(path, bytes, "", message));
    }
}
