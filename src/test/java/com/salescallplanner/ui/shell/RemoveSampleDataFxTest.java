package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sample data mixed with the rep's own comes out in one step; the rep's prospects survive. */
@ExtendWith(ApplicationExtension.class)
class RemoveSampleDataFxTest {
    private final Prospect own = TestData.prospect("Acme Own Deal", StageModel.DISCOVERY);
    private final CallPlan ownCall = TestData.call(own, TestData.NOW.plusDays(1), "Dana brings the CFO by Friday",
            "Dana shares the figures by Thursday");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        PlannerData mixed = SampleGenerator.marked(25, 120, 11, TestData.NOW).withProspect(own).withCall(ownCall);
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(mixed), n -> PlannerData.empty(),
                TestData.clock()));
        window.show();
    }

    @Test
    void removeSampleData_confirmed_leavesTheRepsOwnProspect_andUndoBringsTheSamplesBack(FxRobot robot)
            throws Exception {
        Windows.awaitLoaded(window);
        Node remove = robot.lookup("#" + PageFactory.REMOVE_SAMPLES_ID).query();
        assertThat(remove.isVisible()).isTrue();
        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains("25 sample prospects", "Your own 1 prospect and its calls stay");
        ButtonType yes = question.getButtonTypes().stream().filter(b -> b.getText().equals("Remove sample data"))
                .findFirst().orElseThrow();
        robot.clickOn(question.lookupButton(yes));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().data().prospects()).containsExactly(own);
        assertThat(window.workspace().data().calls()).containsExactly(ownCall);
        assertThat(remove.isVisible()).as("nothing left to remove").isFalse();
        assertThat(robot.lookup("Acme Own Deal").tryQuery()).isPresent();

        keys(robot, KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(window.workspace().data().prospects()).hasSize(26);
        assertThat(remove.isVisible()).isTrue();
    }
}
