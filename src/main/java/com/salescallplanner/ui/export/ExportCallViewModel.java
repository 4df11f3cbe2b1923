package com.salescallplanner.ui.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.export.CallExportFormat;
import com.salescallplanner.store.export.CallSheet;
import com.salescallplanner.store.export.ExportedFile;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.ExportPort;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the selected call to .ics, .md or .pdf and prepares its sheet for printing. The bytes
 * are made from the data as it is now (on the JavaFX thread: pure and quick); the file is
 * written on the background executor and the outcome is reported in {@link #messageProperty()}.
 */
public final class ExportCallViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportCallViewModel.class);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Workspace workspace;
    private final DialogService dialogs;
    private final ExportPort exports;
    private final ExportWriter writer;
    private final ObjectProperty<CallId> selectedCall = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canExport;

    /**
     * @param exports makes the file and writes it, never onto the data folder's own files
     * @param fx      runs a task on the JavaFX thread ({@code Platform::runLater} in the window)
     */
    public ExportCallViewModel(Workspace workspace, DialogService dialogs, ExportPort exports, Executor background,
                               Executor fx) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.exports = exports;
        this.writer = new ExportWriter(exports, background, fx);
        this.canExport = Bindings.createBooleanBinding(() -> call().isPresent(), selectedCall,
                workspace.dataProperty());
    }

    /** The call the actions apply to; the window binds it to its selection. */
    public ObjectProperty<CallId> selectedCallProperty() {
        return selectedCall;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** "Saved acme-2026-03-24.ics", or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks for a file and writes the call in that format; does nothing if the user cancels. */
    public void export(CallExportFormat format) {
        Optional<CallPlan> call = call();
        if (call.isEmpty()) {
            message.set("Select a call to export first.");
            return;
        }
        PlannerData data = workspace.data();
        ExportedFile file;
        try {
            file = exports.callFile(format, data, call.get().id(), workspace.now().toInstant());
        } catch (DomainException e) {
            message.set(e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.warn("Export of call {} as {} failed", call.get().id(), format, e);
            message.set("The " + format.description() + " could not be made: " + e.getMessage());
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave("Export call as " + format.description(),
                suggestedName(data, call.get(), format), format.description(), format.extension());
        target.ifPresent(path -> writer.write(path, file.bytes(), file.note(), message::set));
    }

    /** The sheet to print, or empty when no call is selected. */
    public Optional<CallSheet> callSheet() {
        return call().map(c -> CallSheet.of(workspace.data(), c.id()));
    }

    public void reportPrinted(boolean printed) {
        message.set(printed ? "Call sheet sent to the printer." : "Printing cancelled.");
    }

    private Optional<CallPlan> call() {
        CallId id = selectedCall.get();
        return id == null ? Optional.empty() : workspace.data().call(id);
    }

    /** "mueller-maschinenbau-gmbh-2026-03-24.ics": the company and date, safe on every file system. */
    static String suggestedName(PlannerData data, CallPlan call, CallExportFormat format) {
        String company = data.prospect(call.prospectId()).map(p -> p.company()).orElse("call");
        String slug = java.text.Normalizer.normalize(company, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ß", "ss").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "call";
        }
        return slug + "-" + FILE_DATE.format(call.start()) + "." + format.extension();
    }
}
