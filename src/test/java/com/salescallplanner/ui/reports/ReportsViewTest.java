package com.salescallplanner.ui.reports;

import static com.salescallplanner.domain.OutcomeType.ADVANCE;
import static com.salescallplanner.domain.OutcomeType.CONTINUATION;
import static com.salescallplanner.domain.OutcomeType.NO_SALE;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static com.salescallplanner.domain.report.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.report.StrandedProspect;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Reports view, computing in the background as in the window. */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {
    private static final Prospect ACME = prospect("acme", "Acme", 1000, EVALUATION, "2025-02-10");
    private static final Prospect BETA = prospect("beta", "Beta", 500, DISCOVERY, "2025-02-01");

    /*
     * By hand. Discovery: b1 ADVANCE (stretch no, conservative yes), b2 CONTINUATION (no, no)
     *   -> 2 calls, stretch 0 of 2 = 0%, conservative 1 of 2 = 50%, advance 1 of 2 = 50%.
     * Evaluation: a1 ADVANCE (yes, yes), a2 ADVANCE (no, yes), a3 NO_SALE (no, no)
     *   -> 3 calls, stretch 1 of 3 = 33%, conservative 2 of 3 = 67%, advance 2 of 3 = 67%.
     * Beta's last call was 20 Feb and nothing is planned: stranded for want of a dated next step (one
     * continuation after an advance is no streak), 20 days since the last call, 39 days in Discovery.
     */
    private final Workspace workspace = new Workspace(data(List.of(ACME, BETA), List.of(
            reviewed("b1", BETA, at("2025-02-05"), DISCOVERY, ADVANCE, false, true),
            reviewed("b2", BETA, at("2025-02-20"), DISCOVERY, CONTINUATION, false, false),
            reviewed("a1", ACME, at("2025-02-11"), EVALUATION, ADVANCE, true, true),
            reviewed("a2", ACME, at("2025-02-25"), EVALUATION, ADVANCE, false, true),
            reviewed("a3", ACME, at("2025-03-04"), EVALUATION, NO_SALE, false, false),
            planned("a4", ACME, at("2025-03-18"), EVALUATION))), Clock.fixed(NOW.toInstant(), ZONE));
    private final RecordingNavigator navigator = new RecordingNavigator();
    private ReportsViewModel vm;

    @Start
    void start(Stage stage) {
        Themes.use(false);
        vm = new ReportsViewModel(workspace, navigator, RefreshMode.BACKGROUND, new Formats(Locale.UK));
        stage.setScene(new Scene(new ReportsView(vm), 1200, 760));
        stage.show();
        stage.requestFocus();
    }

    @BeforeEach
    void waitForFigures() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshotProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void hitRateTable_showsTheRatesWithTheirCounts(FxRobot robot) {
        TableView<?> table = robot.lookup("#hit-rate-table").queryTableView();

        assertThat(rowTexts(robot, table, "Discovery"))
                .containsExactly("Discovery", "2", "0% (0 of 2)", "50% (1 of 2)", "50% (1 of 2)");
        assertThat(rowTexts(robot, table, "Evaluation"))
                .containsExactly("Evaluation", "3", "33% (1 of 3)", "67% (2 of 3)", "67% (2 of 3)");
        assertThat(rowTexts(robot, table, "Proposal")).containsExactly("Proposal", "0", "–", "–", "–");
    }

    @Test
    void byMonth_switchesTheTableToMonths(FxRobot robot) {
        robot.clickOn(HitRatesPane.BY_MONTH);
        TableView<?> table = robot.lookup("#hit-rate-table").queryTableView();

        assertThat(rowTexts(robot, table, "Feb 2025"))
                .containsExactly("Feb 2025", "4", "25% (1 of 4)", "75% (3 of 4)", "75% (3 of 4)");
        assertThat(rowTexts(robot, table, "Mar 2025"))
                .containsExactly("Mar 2025", "1", "0% (0 of 1)", "0% (0 of 1)", "0% (0 of 1)");
    }

    @Test
    void range_last30Days_recountsTheTableWithoutTheEarlyFebruaryCalls(FxRobot robot) throws TimeoutException {
        // Now is 12 March: the last 30 days start on 11 February, so b1 (5 Feb) drops out of Discovery.
        robot.clickOn("#" + HitRatesPane.RANGE_ID);
        robot.clickOn(ReportRange.LAST_30_DAYS.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.busyProperty().get()
                && vm.overallSummaryProperty().get().contains("in the last 30 days"));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#hit-rate-table").queryTableView();
        assertThat(rowTexts(robot, table, "Discovery"))
                .containsExactly("Discovery", "1", "0% (0 of 1)", "0% (0 of 1)", "0% (0 of 1)");
        assertThat(rowTexts(robot, table, "Evaluation"))
                .containsExactly("Evaluation", "3", "33% (1 of 3)", "67% (2 of 3)", "67% (2 of 3)");
    }

    @Test
    void strandedProspect_planNextCall_asksTheNavigator(FxRobot robot) {
        robot.clickOn(ReportsView.STRANDED);
        TableView<?> table = robot.lookup("#stranded-table").queryTableView();
        assertThat(rowTexts(robot, table, "Beta")).containsExactly("Beta", "Beta deal", "Discovery",
                "No dated next step", "20 days ago", "39 days");

        robot.clickOn(robot.from(table).lookup(StrandedPane.PLAN_NEXT_CALL).queryAs(Button.class));

        assertThat(navigator.visits).containsExactly("plan:beta");
    }

    @Test
    void strandedTable_takingTheFocus_selectsTheFirstRow_andEnterPlansItsNextCall(FxRobot robot) {
        robot.clickOn(ReportsView.STRANDED);
        TableView<?> table = robot.lookup("#stranded-table").queryTableView();
        robot.interact(table::requestFocus);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        StrandedProspect first = (StrandedProspect) table.getItems().get(0);

        robot.type(KeyCode.ENTER);

        assertThat(navigator.visits).containsExactly("plan:" + first.prospect().id());
    }

    @Test
    void dataChange_recomputesInTheBackground_andTheTableFollows(FxRobot robot) throws TimeoutException {
        robot.interact(() -> workspace.apply("Review a4", d -> d.withCall(
                reviewed("a4", ACME, at("2025-03-05"), EVALUATION, ADVANCE, true, true))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#hit-rate-table").queryTableView();
        assertThat(rowTexts(robot, table, "Evaluation"))
                .containsExactly("Evaluation", "4", "50% (2 of 4)", "75% (3 of 4)", "75% (3 of 4)");
    }

    /** The texts of the table row whose first cell reads {@code first}, as the rep sees them. */
    private static List<String> rowTexts(FxRobot robot, TableView<?> table, String first) {
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isEmpty() && first.equals(firstCellText(robot, r))).findFirst().orElseThrow(
                        () -> new AssertionError("No row starts with " + first));
        return robot.from(row).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).filter(t -> !t.isEmpty()).toList();
    }

    private static String firstCellText(FxRobot robot, TableRow<?> row) {
        return robot.from(row).lookup(".table-cell").queryAllAs(Labeled.class).stream().findFirst()
                .map(Labeled::getText).orElse("");
    }
}
