package com.salescallplanner.ui.today;

import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real Today view: today's call card, its actions, the review list and the empty state. */
@ExtendWith(ApplicationExtension.class)
class TodayViewTest {
    private static final Prospect ACME = prospect("acme", "Acme", null, DISCOVERY, "2025-02-01");
    private static final Prospect BETA = prospect("beta", "Beta", null, EVALUATION, "2025-01-01");

    // Now is Wednesday 12 March 2025, 10:00: t1 is at 14:00 today, "past" ended yesterday without a review.
    private final Workspace workspace = new Workspace(data(List.of(ACME, BETA), List.of(
            planned("t1", ACME, at("2025-03-12T14:00"), DISCOVERY),
            planned("past", BETA, at("2025-03-11T09:00"), EVALUATION))), Clock.fixed(NOW.toInstant(), ZONE));
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        Themes.use(false);
        TodayViewModel vm = new TodayViewModel(workspace, navigator, RefreshMode.IMMEDIATE, new Formats(Locale.UK));
        stage.setScene(new Scene(new TodayView(vm), 1100, 700));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void todaysCall_showsTimeCompanyStageAndObjectives(FxRobot robot) {
        Node card = cardOf(robot, "Acme · Acme deal");

        assertThat(texts(robot, card)).contains("14:00–15:00", "Discovery",
                "Stretch: The CFO joins a workshop by Friday",
                "Conservative: Anna shares the volume figures by Monday");
        assertThat(robot.lookup("Today · 1 call").tryQuery()).isPresent();
    }

    @Test
    void startCall_asksTheNavigatorForThatCall(FxRobot robot) {
        robot.clickOn(robot.from(cardOf(robot, "Acme · Acme deal")).lookup(AgendaCell.START_CALL)
                .queryAs(Button.class));

        assertThat(navigator.visits).containsExactly("call:t1");
    }

    @Test
    void editPlan_andReview_askTheNavigator(FxRobot robot) {
        robot.clickOn(robot.from(cardOf(robot, "Acme · Acme deal")).lookup(AgendaCell.EDIT_PLAN)
                .queryAs(Button.class));
        robot.clickOn(robot.lookup("#needs-review").lookup(ReviewCell.REVIEW).queryAs(Button.class));

        assertThat(navigator.visits).containsExactly("edit:t1", "review:past");
    }

    @Test
    void noCallsToday_showsTheEmptyState_andPlansACallWithTheLongestIdleProspect(FxRobot robot) {
        robot.interact(() -> workspace.apply("Delete t1", d -> d.withoutCall(
                new com.salescallplanner.domain.CallId("t1"))));

        assertThat(robot.lookup(EmptyTodayCard.NO_CALLS).tryQuery()).isPresent();
        // Without t1, Acme has had no call in its 39 days in Discovery; Beta was called yesterday.
        robot.clickOn("Plan a call with Acme");

        assertThat(navigator.visits).containsExactly("plan:acme");
    }

    @Test
    void keyboard_focusSkipsTheDayHeading_andEnterStartsTheCall(FxRobot robot) {
        robot.interact(() -> robot.lookup("#agenda").query().requestFocus());
        robot.type(KeyCode.ENTER);

        assertThat(navigator.visits).containsExactly("call:t1");
    }

    @Test
    void keyboard_noCallsToday_enterPlansACallWithTheLongestIdleProspect(FxRobot robot) {
        robot.interact(() -> workspace.apply("Delete t1", d -> d.withoutCall(
                new com.salescallplanner.domain.CallId("t1"))));
        robot.interact(() -> robot.lookup("#agenda").query().requestFocus());
        robot.type(KeyCode.ENTER);

        assertThat(navigator.visits).containsExactly("plan:acme");
    }

    private static Node cardOf(FxRobot robot, String title) {
        Node label = robot.lookup("." + TodayStyles.CALL_TITLE).match((Labeled l) -> title.equals(l.getText()))
                .query();
        Node n = label;
        while (!n.getStyleClass().contains(TodayStyles.CALL_CARD)) {
            n = n.getParent();
        }
        return n;
    }

    private static List<String> texts(FxRobot robot, Node card) {
        return robot.from(card).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }
}
