package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.store.SaveState;
import com.salescallplanner.ui.port.StorageLockedException;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window when its data folder is locked by another planner. */
@ExtendWith(ApplicationExtension.class)
class OpeningProblemsTest {
    private final PlannerData data = PlannerData.empty().withProspect(TestData.prospect("Acme", StageModel.DISCOVERY));
    private final InMemoryStorage storage = new InMemoryStorage(data)
            .failOpenWith(new StorageLockedException("/home/ana/planner"));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> data, TestData.clock()));
        window.show();
    }

    @Test
    void lockedFolder_saysSoAndOpensReadOnlyWhenAsked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo("Sales Call Planner is already open on /home/ana/planner");
        robot.clickOn("Open read-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().data()).isEqualTo(data);
        assertThat(window.workspace().readOnlyProperty().get()).isTrue();
        assertThat(window.viewModel().file().saveStateProperty().get()).isEqualTo(SaveState.Kind.READ_ONLY);
        assertThat(robot.lookup("#" + StatusBar.SAVE_ID).queryAs(Label.class).getText())
                .isEqualTo(SaveState.Kind.READ_ONLY.text());
    }
}
