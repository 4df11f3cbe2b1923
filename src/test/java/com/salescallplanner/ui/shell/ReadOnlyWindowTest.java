package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.controls.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A data file from a newer version opens read-only: the window says so in a banner, with the
 * reason, and opens no form whose work could not be saved.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {
    private static final String REASON = "planner.json was written by a newer version of Sales Call Planner.";
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final PlannerData data = PlannerData.empty().withProspect(acme);
    private final InMemoryStorage storage = new InMemoryStorage(data).openReadOnlyBecause(REASON);
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> data, TestData.clock()));
        window.show();
    }

    @Test
    void newerFile_showsTheReasonInABanner_andRefusesToOpenAPlan(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        Message banner = robot.lookup("#" + FileBanner.READ_ONLY_ID).queryAs(Message.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getDescription()).isEqualTo(REASON);

        robot.interact(() -> window.viewModel().showProspect(acme.id()));
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.P).release(KeyCode.P, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText())
                .isEqualTo(MainViewModel.READ_ONLY_REFUSAL);
    }

    @Test
    void newProspect_whileReadOnly_saysWhyBeforeAskingAnything(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        Label content = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(content.getText()).startsWith("The data is open read-only");
        assertThat(robot.listWindows()).noneMatch(w -> w instanceof Stage s && "New prospect".equals(s.getTitle()));
        robot.clickOn("OK");
        assertThat(window.workspace().data()).isEqualTo(data);
    }
}
