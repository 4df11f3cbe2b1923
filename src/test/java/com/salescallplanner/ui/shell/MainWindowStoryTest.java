package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.detail.ProspectDetailView;
import com.salescallplanner.ui.plan.PlanEditorView;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.review.ReviewView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless through a rep's day with one prospect. */
@ExtendWith(ApplicationExtension.class)
class MainWindowStoryTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
        window = new MainWindow(stage, TestServices.inMemory(storage, now -> PlannerData.empty(), clock));
        window.show();
    }

    private PlannerData data() {
        return window.workspace().data();
    }

    private Prospect only(String company) {
        return data().prospects().stream().filter(p -> p.company().equals(company)).findFirst().orElseThrow();
    }

    private static List<Object> ruleIds(FxRobot robot, String findingsId) {
        Pane findings = robot.lookup(findingsId).queryAs(Pane.class);
        return findings.getChildren().stream().map(Node::getUserData).toList();
    }

    private void addProspect(FxRobot robot, String company) {
        robot.clickOn("#form-company");
        robot.write(company);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void window_repsDay_addPlanCallReviewUndoAndFilter(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();

        // First run: add a prospect
        robot.clickOn("#first-run-add");
        addProspect(robot, "Acme Logistics");
        assertThat(data().prospects()).extracting(Prospect::company).containsExactly("Acme Logistics");
        assertThat(robot.lookup("#" + ProspectDetailView.STAGE_ID).tryQuery()).isPresent();

        // Set its stage
        robot.clickOn("#" + ProspectDetailView.STAGE_ID).clickOn("Evaluation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(only("Acme Logistics").stageId()).isEqualTo(StageModel.EVALUATION);

        // Plan a call: the findings follow the typing
        robot.clickOn("#" + ProspectDetailView.PLAN_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ruleIds(robot, "#stretch-findings")).isEmpty(); // no errors before the first edit (issue 14)
        assertThat(robot.lookup("#" + PlanEditorView.READINESS_ID).queryAs(Label.class).getText())
                .startsWith("Not ready");
        robot.clickOn("#stretch-objective").write("The CIO commits the integration team to a pilot by June 1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ruleIds(robot, "#stretch-findings")).doesNotContain("missing-stretch");
        assertThat(robot.lookup("#stretch-kind").queryAs(MenuButton.class).getText()).isEqualTo("Evaluate");
        robot.clickOn("#conservative-objective").write("send them a brochure");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ruleIds(robot, "#conservative-findings")).contains("not-an-advance");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.write("Ravi sends us the process documentation by Friday");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ruleIds(robot, "#conservative-findings")).doesNotContain("not-an-advance");
        assertThat(ruleIds(robot, "#conservative-findings")).doesNotContain("missing-conservative");
        assertThat(robot.lookup("#" + PlanEditorView.READINESS_ID).queryAs(Label.class).getText())
                .startsWith("Ready");

        // Start call mode and tick the stretch objective with the keyboard
        robot.clickOn("#" + PlanEditorView.START_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + CallModeView.TIMER_ID).tryQuery()).isPresent();
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stretch-met").queryAs(CheckBox.class).isSelected()).isTrue();
        CallPlan call = data().callsOf(only("Acme Logistics").id()).get(0);
        assertThat(call.progress().stretchMet()).isTrue();
        assertThat(call.progress().conservativeMet()).isFalse();

        // Review: the outcome follows the ticks; the next step drafts the next call
        robot.clickOn("#" + CallModeView.FINISH_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#outcome-hint").queryAs(Label.class).getText()).contains("Advance");
        LocalDate next = NOW.toLocalDate().plusDays(7);
        robot.interact(() -> robot.lookup("#" + ReviewView.NEXT_DATE_ID).queryAs(DatePicker.class).setValue(next));
        @SuppressWarnings("unchecked")
        ComboBox<com.salescallplanner.domain.Stage> stageAfter = robot.lookup("#" + ReviewView.STAGE_ID)
                .queryAs(ComboBox.class);
        robot.clickOn(stageAfter).clickOn("Proposal");
        robot.clickOn("#" + ReviewView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Prospect acme = only("Acme Logistics");
        assertThat(acme.stageId()).isEqualTo(StageModel.PROPOSAL);
        List<CallPlan> calls = data().callsOf(acme.id());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).outcome().type()).isEqualTo(OutcomeType.ADVANCE);
        assertThat(calls.get(1).date()).isEqualTo(next);
        assertThat(calls.get(1).stretch().isBlank()).isTrue();

        // Undo the review
        robot.clickOn("#" + ProspectDetailView.CALLS_ID);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(only("Acme Logistics").stageId()).isEqualTo(StageModel.EVALUATION);
        assertThat(data().callsOf(acme.id())).hasSize(1);
        assertThat(data().callsOf(acme.id()).get(0).isReviewed()).isFalse();

        // A second prospect, then filter the list
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        addProspect(robot, "Globex");
        robot.clickOn("#nav-prospects");
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        robot.write("acme");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
    }
}
