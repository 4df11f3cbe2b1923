package com.salescallplanner.ui.importer;

import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.CrmCsvReader;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the import wizard as a modal window over the main window; it closes itself after Import
 * and hands what was imported ("Imported 12 prospects, updated 3 from crm.csv.") to the window.
 */
public final class ImportWizardWindow {
    private ImportWizardWindow() {
    }

    /**
     * @param reader     reads the CRM export the rep chooses
     * @param background runs the file reading, e.g. the window's I/O executor
     * @param dialogs    makes the dialogs over the wizard's window (the file chooser; a script in tests)
     * @param confirmed told what was imported once Import is done (the main window's status bar)
     */
    public static Stage open(Window owner, Workspace workspace, CrmCsvReader reader, Executor background,
                             Function<Supplier<Window>, DialogService> dialogs, Consumer<String> confirmed) {
        ImportWizardViewModel vm = new ImportWizardViewModel(workspace, reader, background, Platform::runLater);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import prospects");
        ImportWizard view = new ImportWizard(vm, dialogs.apply(() -> stage));
        Scene scene = new Scene(view.root(), 1180, 780);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets()); // the window's look, e.g. its fonts
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.cancel()); // closed while reading or previewing: stop, import nothing
        vm.doneProperty().addListener((o, was, isDone) -> {
            if (isDone) {
                confirmed.accept(vm.messageProperty().get());
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
