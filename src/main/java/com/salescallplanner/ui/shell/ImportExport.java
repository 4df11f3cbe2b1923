package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.ui.CallExportMenu;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.export.ExportCallViewModel;
import com.salescallplanner.ui.export.ExportMenu;
import com.salescallplanner.ui.export.ProspectListExport;
import com.salescallplanner.ui.importer.ImportWizardWindow;
import com.salescallplanner.ui.port.CrmCsvReader;
import com.salescallplanner.ui.port.ExportPort;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;

/**
 * Data in and out of the window: the CRM import wizard, the prospect list as CSV, and a call's
 * exports and printing. Files are read and written on the window's I/O executor; how an export
 * went shows in the status bar.
 */
final class ImportExport implements CallExportMenu {
    static final String IMPORT_ID = "import-crm";
    static final String EXPORT_LIST_ID = "export-prospects";

    private final MainViewModel vm;
    private final Supplier<Window> owner;
    private final Executor io;
    private final Function<Supplier<Window>, DialogService> dialogsOver;
    private final CrmCsvReader crmCsv;
    private final ExportCallViewModel callExport;
    private final ProspectListExport listExport;

    /**
     * @param dialogs     the main window's dialogs
     * @param dialogsOver makes the dialogs over another window (the import wizard's)
     * @param crmCsv      reads the CRM export the rep imports
     * @param exports     makes and writes the exports, never onto the data folder's own files
     */
    ImportExport(MainViewModel vm, Supplier<Window> owner, Executor io, DialogService dialogs,
                 Function<Supplier<Window>, DialogService> dialogsOver, CrmCsvReader crmCsv, ExportPort exports) {
        this.vm = vm;
        this.owner = owner;
        this.io = io;
        this.dialogsOver = dialogsOver;
        this.crmCsv = crmCsv;
        this.callExport = new ExportCallViewModel(vm.workspace(), dialogs, exports, io, Platform::runLater);
        this.listExport = new ProspectListExport(vm.workspace(), dialogs, exports, io, Platform::runLater);
        callExport.messageProperty().addListener((o, old, message) -> vm.tell(message));
    }

    /** Shortcut+I and "Import from CRM...": opens the wizard over the window, unless the data is read-only. */
    void importFromCrm() {
        if (vm.workspace().readOnlyProperty().get()) {
            vm.tell("The data is open read-only: nothing can be imported.");
            return;
        }
        Stage wizard = ImportWizardWindow.open(owner.get(), vm.workspace(), crmCsv, io, dialogsOver, vm::tell);
        wizard.requestFocus();
    }

    void exportProspects() {
        listExport.export(vm::tell);
    }

    /** "Import from CRM..." and "Export CSV..." for the prospect list's header. */
    Node[] prospectListButtons() {
        Button importButton = Icons.button("Import from CRM...", Feather.DOWNLOAD);
        importButton.setId(IMPORT_ID);
        importButton.setTooltip(new Tooltip("Add or update prospects from a Salesforce, HubSpot or other CSV export ("
                + KeyCatalogue.IMPORT.displayText() + ")"));
        importButton.disableProperty().bind(vm.workspace().readOnlyProperty());
        importButton.setOnAction(e -> importFromCrm());
        Button export = Icons.button("Export CSV...", Feather.UPLOAD);
        export.setId(EXPORT_LIST_ID);
        export.setTooltip(new Tooltip("Save the prospect list as a spreadsheet (.csv)"));
        export.setOnAction(e -> exportProspects());
        return new Node[] {importButton, export};
    }

    @Override
    public Node menuFor(Supplier<Optional<CallId>> call) {
        return ExportMenu.button(callExport, owner, call);
    }
}
