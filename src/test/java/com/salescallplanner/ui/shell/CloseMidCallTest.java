package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.port.InMemoryStorage;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window in the middle of a call keeps the ticks and the notes typed so far. */
@ExtendWith(ApplicationExtension.class)
class CloseMidCallTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final CallPlan call = TestData.call(acme, TestData.NOW, "Dana joins a demo", "Dana shares figures");
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme).withCall(call));
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = Windows.showing(stage, storage);
    }

    @Test
    void close_duringCallMode_savesTicksAndUnpausedNotes(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().startCall(call.id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT2);
        robot.clickOn("#" + CallModeView.NOTES_ID).write("Budget approved");
        robot.interact(() -> assertThat(window.close()).isTrue());
        Windows.awaitClosed(stage);
        CallPlan saved = storage.data().call(call.id()).orElseThrow();
        assertThat(saved.progress().conservativeMet()).isTrue();
        assertThat(saved.progress().notes()).isEqualTo("Budget approved");
        assertThat(storage.isClosed()).isTrue();
    }
}
