package com.salescallplanner.ui.importer;

import com.salescallplanner.ui.model.Workspace;

import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard as a modal window over the main window; it closes itself after Import. */
public final class ImportWizardWindow {
    private ImportWizardWindow() {
    }

    /** @param background runs the file reading, e.g. the window's I/O executor */
    public static Stage open(Window owner, Workspace workspace, Executor background) {
        ImportWizardViewModel vm = new ImportWizardViewModel(workspace, background, Platform::runLater);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import prospects");
        ImportWizard view = new ImportWizard(vm, new FxCsvFilePicker(() -> stage));
        stage.setScene(new Scene(view.root(), 1100, 700));
        vm.doneProperty().addListener((o, was, isDone) -> {
            if (isDone) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
