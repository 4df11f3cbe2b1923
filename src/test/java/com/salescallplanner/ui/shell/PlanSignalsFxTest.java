package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.plan.PlanEditorView;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.time.Clock;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, item 7 (the plan editor), through the real window: a new plan opens without red errors; a
 * conservative objective that commits the buyer to nothing is "Not ready", with the reason beside it.
 */
@ExtendWith(ApplicationExtension.class)
class PlanSignalsFxTest {
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(MainWindowStoryTest.NOW.toInstant(), MainWindowStoryTest.NOW.getZone());
        window = new MainWindow(stage, TestServices.inMemory(storage, now -> PlannerData.empty(), clock));
        window.show();
    }

    private static int findings(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Pane.class).getChildren().size();
    }

    @Test
    void newPlan_opensCalm_staysCalmUntilTheConservativeIsWritten_andRapportAsTheLeastIsNotReadyWithTheReason(FxRobot robot) throws Exception {
        Windows.planACallWithANewProspect(robot, window, "Acme Logistics");

        Label readiness = robot.lookup("#" + PlanEditorView.READINESS_ID).queryAs(Label.class);
        assertThat(findings(robot, "#stretch-findings")).isZero();
        assertThat(findings(robot, "#conservative-findings")).isZero();
        assertThat(readiness.getStyleClass()).doesNotContain(Css.NOT_READY);
        assertThat(robot.lookup("." + Css.FINDING_ERROR).<Node>queryAll().stream().filter(Node::isVisible)).isEmpty();

        robot.clickOn("#stretch-objective").write("The CFO agrees to a demo for her team next Tuesday");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readiness.getText()).isEqualTo("Not ready yet: write the conservative objective.");
        assertThat(readiness.getStyleClass()).as("the next field, not yet reached, is no error").doesNotContain(Css.NOT_READY);
        robot.interact(() -> robot.lookup("#conservative-objective").query().requestFocus());
        robot.write("build rapport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readiness.getText()).startsWith("Not ready: ").contains("least the buyer must commit to");
        assertThat(readiness.getStyleClass()).contains(Css.NOT_READY);
        assertThat(robot.lookup("#conservative-findings").queryAs(Pane.class).getChildren())
                .extracting(Node::getUserData).contains("not-an-advance");
    }

    @Test
    void duration_malformed_isRefusedWhereTyped_andThePlaceholderDateIsAhead(FxRobot robot) throws Exception {
        Windows.planACallWithANewProspect(robot, window, "Acme Logistics");

        javafx.scene.control.DatePicker date = robot.lookup("#plan-date").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(date.getPromptText()).isEqualTo("e.g. " + com.salescallplanner.ui.DateFields.converter()
                .toString(MainWindowStoryTest.NOW.toLocalDate().plusWeeks(1)));
        javafx.scene.control.TextField minutes = robot.lookup("#plan-minutes").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(minutes).eraseText(5).write("99:99");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#plan-minutes-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("not '99:99'");
        robot.interact(() -> robot.lookup("#stretch-objective").query().requestFocus()); // leaving keeps the text
        assertThat(minutes.getText()).isEqualTo("99:99");
        robot.interact(minutes::requestFocus);
        robot.interact(minutes::selectAll);
        robot.write("45");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void pastDate_asksBeforeSaving_escapeKeepsThePlanOpenUnsaved_saveAnywaySaves(FxRobot robot) throws Exception {
        Windows.planACallWithANewProspect(robot, window, "Acme Logistics");
        Page editor = window.viewModel().pageProperty().get();

        DatePicker date = robot.lookup("#plan-date").queryAs(DatePicker.class);
        robot.interact(() -> {
            date.getEditor().requestFocus();
            date.getEditor().selectAll();
        });
        KeyboardStoryTest.write(robot, "26 Feb 2025");
        KeyboardStoryTest.keys(robot, KeyCode.TAB);
        robot.clickOn("#" + PlanEditorView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Call in the past");
        assertThat(question.getContentText()).contains("on 26 Feb 2025, which is in the past");

        KeyboardStoryTest.keys(robot, KeyCode.ESCAPE);
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(editor);
        assertThat(window.workspace().data().calls()).isEmpty();
        assertThat(date.getValue()).hasToString("2025-02-26"); // kept for the rep to correct

        robot.clickOn("#" + PlanEditorView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.keys(robot, KeyCode.ENTER); // "Save anyway" is the default
        assertThat(window.workspace().data().calls()).singleElement()
                .satisfies(c -> assertThat(c.date()).hasToString("2025-02-26"));
    }
}
