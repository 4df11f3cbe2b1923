package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, item 3, through the real window: due and owner read from the text keep following it after the
 * rep tabbed through them; a value the rep types is marked as theirs; "Follow the text" goes back.
 */
@ExtendWith(ApplicationExtension.class)
class FollowTheTextFxTest {
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(MainWindowStoryTest.NOW.toInstant(), MainWindowStoryTest.NOW.getZone());
        window = new MainWindow(stage, TestServices.inMemory(storage, now -> PlannerData.empty(), clock));
        window.show();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void dueAndOwner_followTheTextAfterTabbingThrough_untilTheRepTypesOne(FxRobot robot) throws Exception {
        Windows.planACallWithANewProspect(robot, window, "Acme Logistics");

        TextArea stretch = robot.lookup("#stretch-objective").queryAs(TextArea.class);
        DatePicker due = robot.lookup("#stretch-due").queryAs(DatePicker.class);
        robot.clickOn(stretch).write("Dana agrees to a pilot by Friday");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(label(robot, "#stretch-due-source")).isEqualTo("from the text");

        // Tab through the owner and due fields, as a rep does on the way to the next objective
        robot.interact(() -> robot.lookup("#stretch-owner").query().requestFocus());
        robot.type(KeyCode.TAB);
        robot.interact(() -> due.getEditor().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stretch.setText("Dana agrees to a pilot by March 14"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(label(robot, "#stretch-due-source")).isEqualTo("from the text");
        assertThat(robot.lookup("#stretch-due-follow").query().isVisible()).isFalse();

        // The rep types an owner: it is theirs and stays; "Follow the text" gives the text's back
        TextField owner = robot.lookup("#stretch-owner").queryAs(TextField.class);
        assertThat(owner.getText()).isEqualTo("Dana");
        robot.interact(owner::requestFocus);
        robot.interact(owner::selectAll);
        robot.write("Ravi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#stretch-owner-source")).isEqualTo("set by you");
        robot.interact(() -> stretch.setText("Dana agrees to a pilot by March 21"));
        assertThat(owner.getText()).isEqualTo("Ravi");
        robot.interact(() -> robot.lookup("#stretch-owner-follow").query().requestFocus());
        robot.clickOn("#stretch-owner-follow");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(owner.getText()).isEqualTo("Dana");
        assertThat(label(robot, "#stretch-owner-source")).isEqualTo("from the text");
    }
}
