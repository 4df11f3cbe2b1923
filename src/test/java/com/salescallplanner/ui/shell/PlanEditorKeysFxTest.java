package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.time.Clock;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 14, item 2, through the real window: Tab moves on from an objective; a new line is Shift+Enter. */
@ExtendWith(ApplicationExtension.class)
class PlanEditorKeysFxTest {
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock clock = Clock.fixed(MainWindowStoryTest.NOW.toInstant(), MainWindowStoryTest.NOW.getZone());
        window = new MainWindow(stage, TestServices.inMemory(storage, now -> PlannerData.empty(), clock));
        window.show();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    @Test
    void objectiveAndQuestions_tabMovesFocus_shiftEnterIsTheNewLine(FxRobot robot) throws Exception {
        Windows.planACallWithANewProspect(robot, window, "Acme Logistics");

        TextArea stretch = robot.lookup("#stretch-objective").queryAs(TextArea.class);
        robot.clickOn(stretch).write("The CIO agrees to a pilot");
        robot.type(KeyCode.TAB);
        assertThat(stretch.getText()).isEqualTo("The CIO agrees to a pilot");
        assertThat(focused()).isNotSameAs(stretch);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(focused()).isSameAs(stretch);
        robot.type(KeyCode.ENTER);
        assertThat(stretch.getText()).isEqualTo("The CIO agrees to a pilot");

        TextArea questions = robot.lookup("#plan-questions").queryAs(TextArea.class);
        robot.interact(questions::requestFocus);
        robot.write("Who signs?");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("When?");
        robot.type(KeyCode.TAB);
        assertThat(questions.getText()).isEqualTo("Who signs?\nWhen?");
        assertThat(focused()).isNotSameAs(questions);
    }
}
