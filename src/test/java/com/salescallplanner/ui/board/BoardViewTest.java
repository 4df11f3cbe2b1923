package com.salescallplanner.ui.board;

import static com.salescallplanner.domain.StageModel.CLOSED_WON;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.TODAY;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.date;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.shell.FxDialogService;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real pipeline board: drag, drop on a closed stage, context menu, keyboard. */
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {
    private static final Prospect ACME = prospect("acme", "Acme", 1000, DISCOVERY, "2025-03-05");
    private static final Prospect NEAR = prospect("near", "Nearly There", 8000, NEGOTIATION, "2025-03-01");

    private final Workspace workspace = new Workspace(data(List.of(ACME, NEAR), List.of()),
            Clock.fixed(NOW.toInstant(), ZONE));
    private final RecordingNavigator navigator = new RecordingNavigator();
    private BoardView view;

    @Start
    void start(Stage stage) {
        Themes.use(false);
        BoardViewModel vm = new BoardViewModel(new WorkspaceEditor(workspace, new FxDialogService(() -> stage)), navigator,
                RefreshMode.IMMEDIATE, new Formats(Locale.UK));
        view = new BoardView(vm);
        stage.setScene(new Scene(view, 1280, 760));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void dragCard_toAnotherColumn_movesTheProspectAndRecordsTheChange(FxRobot robot) {
        robot.drag(card(robot, "Acme"), MouseButton.PRIMARY).dropTo(robot.lookup("#column-" + PROPOSAL)
                .queryAs(Node.class));

        Prospect moved = workspace.data().prospect(ACME.id()).orElseThrow();
        assertThat(moved.stageId()).isEqualTo(PROPOSAL);
        assertThat(moved.stageHistory()).containsExactly(new StageChange(DISCOVERY, date("2025-03-05")),
                new StageChange(PROPOSAL, TODAY));
        assertThat(companiesIn(robot, PROPOSAL)).containsExactly("Acme");
    }

    @Test
    void dropOnClosedWon_asksFirst_andCancelLeavesTheProspectUnchanged(FxRobot robot) {
        showClosedColumns(robot);

        robot.drag(card(robot, "Nearly There"), MouseButton.PRIMARY).dropTo(robot.lookup("#column-" + CLOSED_WON)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Move Nearly There to Closed Won?").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("Cancel").queryButton());

        assertThat(workspace.data().prospect(NEAR.id())).contains(NEAR);
        assertThat(workspace.canUndoProperty().get()).isFalse();
        assertThat(companiesIn(robot, NEGOTIATION)).containsExactly("Nearly There");
    }

    @Test
    void dropOnClosedWon_confirmed_closesTheDeal(FxRobot robot) {
        showClosedColumns(robot);

        robot.drag(card(robot, "Nearly There"), MouseButton.PRIMARY).dropTo(robot.lookup("#column-" + CLOSED_WON)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("Move to Closed Won").queryButton());

        assertThat(workspace.data().prospect(NEAR.id()).orElseThrow().stageId()).isEqualTo(CLOSED_WON);
        assertThat(companiesIn(robot, CLOSED_WON)).containsExactly("Nearly There");
    }

    @Test
    void contextMenu_moveTo_movesWithoutDragging(FxRobot robot) {
        robot.clickOn(card(robot, "Acme"));
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        robot.clickOn(menuItem(robot, "Move to"));
        robot.clickOn(menuItem(robot, "Evaluation"));

        assertThat(workspace.data().prospect(ACME.id()).orElseThrow().stageId()).isEqualTo(EVALUATION);
    }

    @Test
    void keyboard_enterOpens_andShortcutRightMovesOn(FxRobot robot) {
        robot.clickOn(card(robot, "Acme"));
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.SHORTCUT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHORTCUT);

        assertThat(navigator.visits).containsExactly("prospect:acme");
        assertThat(workspace.data().prospect(ACME.id()).orElseThrow().stageId()).isEqualTo(EVALUATION);
    }

    @Test
    void columns_showCountAndAmount(FxRobot robot) {
        Node discovery = robot.lookup("#column-" + DISCOVERY).query();
        assertThat(robot.from(discovery).lookup("." + BoardStyles.COLUMN_COUNT).queryLabeled().getText())
                .isEqualTo("1");
        assertThat(robot.from(discovery).lookup("." + BoardStyles.COLUMN_AMOUNT).queryLabeled().getText())
                .isEqualTo("1,000");
    }

    private static Node card(FxRobot robot, String company) {
        return robot.lookup("." + BoardStyles.CARD_COMPANY).match((Labeled l) -> company.equals(l.getText()))
                .query();
    }

    private static List<String> companiesIn(FxRobot robot, StageId stageId) {
        return robot.from(robot.lookup("#column-" + stageId).queryAs(Node.class))
                .lookup("." + BoardStyles.CARD_COMPANY).queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).filter(l -> l.getScene() != null && l.getText() != null
                        && !l.getText().isEmpty() && isShowing(l)).map(Labeled::getText).toList();
    }

    /** A cell's label is in the scene only while the cell shows an item. */
    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof CardCell c) {
                return !c.isEmpty() && c.getGraphic() != null;
            }
        }
        return false;
    }

    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof ContextMenu).query();
    }

    /** The closed columns sit past the right edge of a 1280-pixel window: scroll to them. */
    private void showClosedColumns(FxRobot robot) {
        robot.interact(() -> ((ScrollPane) view.getCenter()).setHvalue(1.0));
    }
}
