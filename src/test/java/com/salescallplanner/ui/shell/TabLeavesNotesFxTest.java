package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.port.InMemoryStorage;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, item 2, beyond the plan editor: Tab and Shift+Tab leave every multi-line field of a
 * form (prospect notes, call notes, review notes, Settings' example objectives) and type no tab.
 */
@ExtendWith(ApplicationExtension.class)
class TabLeavesNotesFxTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final CallPlan call = TestData.call(acme, TestData.NOW.minusDays(1), "The CIO agrees to a pilot by Friday",
            "Ravi sends us the process documentation by Friday");
    private final PlannerData data = PlannerData.empty().withProspect(acme).withCall(call);
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(data), n -> data, TestData.clock()));
        window.show();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    /** Types into the area, then Tab leaves it with the text as typed, and Shift+Tab comes back. */
    private void tabLeaves(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#" + id).queryAs(TextArea.class);
        robot.interact(() -> {
            area.requestFocus();
            area.end();
        });
        String typed = area.getText() + "Budget"; // the review's notes start with the call's
        KeyboardStoryTest.write(robot, "Budget");
        keys(robot, KeyCode.TAB);
        assertThat(area.getText()).as(id).isEqualTo(typed);
        assertThat(focused()).as(id).isNotSameAs(area);
        keys(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focused()).as(id).isSameAs(area);
        keys(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(area.getText()).as(id).isEqualTo(typed);
        assertThat(focused()).as(id).isNotSameAs(area);
    }

    @Test
    void notesOfEveryPage_tabAndShiftTabMoveTheFocus_andTypeNoTab(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().showProspect(acme.id()));
        tabLeaves(robot, "prospect-notes");

        robot.interact(() -> window.viewModel().startCall(call.id()));
        tabLeaves(robot, CallModeView.NOTES_ID);

        robot.interact(() -> window.viewModel().reviewCall(call.id()));
        tabLeaves(robot, "review-notes");

        robot.interact(() -> window.viewModel().show(Section.SETTINGS));
        tabLeaves(robot, "rung-examples-sign");
    }
}
