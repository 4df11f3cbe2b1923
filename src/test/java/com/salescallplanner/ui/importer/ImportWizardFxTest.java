package com.salescallplanner.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CrmCsvFileReader;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.model.Workspace;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real wizard window: choose a fixture file, map an unknown stage, import, undo. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardFxTest {
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = new Workspace(PlannerData.empty(), ImportWizardViewModelTest.CLOCK);
        ImportWizardViewModel vm = new ImportWizardViewModel(workspace, new CrmCsvFileReader(), io, Platform::runLater);
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.files = title -> Optional.of(ImportWizardViewModelTest.fixture("unknown-stages.csv"));
        ImportWizard view = new ImportWizard(vm, dialogs);
        stage.setScene(new Scene(view.root(), 1100, 700));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    @Test
    void wizard_chooseFileMapStageAndImport_addsProspectsAsOneUndoableEdit(FxRobot robot) throws TimeoutException {
        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();

        robot.clickOn("#chooseFile");
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getItems().size() == 4
                && robot.lookup("#summary").queryAs(Label.class).getText()
                .equals("Will import 1, will update 0, 3 skipped (the table says why)"));

        robot.clickOn("#stage-verbal-commit");
        robot.clickOn("Negotiation");
        Label summary = robot.lookup("#summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> summary.getText().equals("Will import 3, will update 0, 1 skipped (the table says why)"));

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.data().prospects()).extracting(Prospect::company).containsExactly("Alpha", "Gamma", "Delta");
        assertThat(workspace.data().prospects().get(0).stageId()).isEqualTo(StageModel.NEGOTIATION);
        robot.interact(workspace::undo);
        assertThat(workspace.data().prospects()).isEmpty();
    }
}
