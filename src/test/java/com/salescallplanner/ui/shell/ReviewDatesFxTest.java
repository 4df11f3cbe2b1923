package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.TestData.NOW;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.review.ReviewView;

import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review in the real window: the next step's placeholder is ahead; a date before the call asks first. */
@ExtendWith(ApplicationExtension.class)
class ReviewDatesFxTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final CallPlan call = TestData.call(acme, NOW.minusHours(2), "The CIO commits to a pilot",
            "The CFO shares the budget by Friday");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme).withCall(call));
        window = Windows.showing(stage, storage);
    }

    private CallPlan stored() {
        return window.viewModel().workspace().data().call(call.id()).orElseThrow();
    }

    @Test
    void nextStepBeforeTheCall_asks_escapeStaysWithTheDate_enterSaves(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().reviewCall(call.id()));
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = robot.lookup("#" + ReviewView.NEXT_DATE_ID).queryAs(DatePicker.class);
        assertThat(date.getPromptText()).isEqualTo("e.g. 10 Mar 2025"); // a week ahead of 3 Mar 2025

        robot.clickOn(date.getEditor());
        write(robot, "26 Feb 2025");
        keys(robot, KeyCode.TAB);
        robot.clickOn("#" + ReviewView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Next step in the past");
        assertThat(question.getContentText()).contains("26 Feb 2025", "before the call itself (3 Mar 2025)");

        keys(robot, KeyCode.ESCAPE);
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Review(call.id()));
        assertThat(stored().isReviewed()).isFalse();
        assertThat(date.getValue()).hasToString("2025-02-26"); // the rep's date is kept to correct

        robot.clickOn("#" + ReviewView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.ENTER); // "Save anyway" is the default
        assertThat(stored().isReviewed()).isTrue();
        assertThat(stored().outcome().nextStep().date()).hasToString("2025-02-26");
    }
}
