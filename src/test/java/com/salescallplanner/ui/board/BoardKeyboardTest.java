package com.salescallplanner.ui.board;

import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board from the keyboard at 1280 px: repeated moves, the selected card in view, full names, flags. */
@ExtendWith(ApplicationExtension.class)
class BoardKeyboardTest {
    private static final String LONG = "Acme Logistics and Warehousing International Holdings";
    private static final Prospect ACME = prospect("acme", LONG, 1000, DISCOVERY, "2025-03-05");
    private static final Prospect NEAR = prospect("near", "Nearly There", 8000, NEGOTIATION, "2025-03-01");
    private static final Prospect UNPRICED = prospect("unpriced", "Unpriced", null, NEGOTIATION, "2025-03-01");

    private final Workspace workspace = new Workspace(data(List.of(ACME, NEAR, UNPRICED),
            List.of(planned("held", ACME, NOW.minusDays(2), DISCOVERY))), Clock.fixed(NOW.toInstant(), ZONE));
    private BoardView view;

    @Start
    void start(Stage stage) {
        view = BoardStage.show(stage, workspace, RefreshMode.IMMEDIATE, 1280 - 200, 760); // 1280 px less the sidebar
    }

    private StageId stageOfAcme() {
        return workspace.data().prospect(ACME.id()).orElseThrow().stageId();
    }

    private static void moveOn(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CardCell selectedCell(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof CardCell c && c.isSelected() && !c.isEmpty()).queryAs(CardCell.class);
    }

    @Test
    void keyboardMoves_keepTheCardSelected_soASecondAndThirdMoveWork_andItStaysInView(FxRobot robot) {
        robot.interact(view::focusFirst);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedCell(robot).getItem().prospect().id()).isEqualTo(ACME.id());

        moveOn(robot);
        assertThat(stageOfAcme()).isEqualTo(EVALUATION);
        moveOn(robot);
        assertThat(stageOfAcme()).isEqualTo(PROPOSAL);
        moveOn(robot);
        assertThat(stageOfAcme()).isEqualTo(NEGOTIATION);

        CardCell cell = selectedCell(robot);
        assertThat(cell.getItem().prospect().id()).isEqualTo(ACME.id());
        assertThat(robot.lookup("#column-" + NEGOTIATION).queryAs(Node.class).lookup(".list-view"))
                .isSameAs(view.getScene().getFocusOwner());
        ScrollPane scroll = (ScrollPane) view.getCenter();
        Bounds visible = scroll.localToScene(scroll.getLayoutBounds());
        Bounds card = cell.localToScene(cell.getLayoutBounds());
        assertThat(card.getMinX()).isGreaterThanOrEqualTo(visible.getMinX() - 1);
        assertThat(card.getMaxX()).isLessThanOrEqualTo(visible.getMaxX() + 1);
    }

    @Test
    void card_namesItInFullOnHoverAndToAssistiveTech_andShowsTheListsFlags(FxRobot robot) {
        robot.interact(view::focusFirst);
        WaitForAsyncUtils.waitForFxEvents();
        CardCell cell = selectedCell(robot);
        assertThat(cell.getTooltip().getText()).startsWith(LONG);
        assertThat(cell.getAccessibleText()).startsWith(LONG).contains("outcome missing");
        List<String> flags = robot.from(cell).lookup((Node n) -> n instanceof Label l && l.isVisible()
                && l.getStyleClass().contains("flag")).queryAllAs(Label.class).stream().map(Labeled::getText).toList();
        assertThat(flags).contains("Outcome missing");
    }

    @Test
    void header_showsThePagesNameUncut_andTheMoveMessageWhole(FxRobot robot) {
        robot.interact(view::focusFirst);
        moveOn(robot);
        Label title = robot.lookup((Node n) -> n instanceof Label l && "Pipeline".equals(l.getText()))
                .queryAs(Label.class);
        assertThat(title.getWidth()).isGreaterThanOrEqualTo(title.prefWidth(-1) - 0.5);
        Label message = robot.lookup("." + BoardStyles.MESSAGE).queryAs(Label.class);
        assertThat(message.getText()).contains("Evaluation");
        assertThat(message.getHeight()).isGreaterThanOrEqualTo(message.prefHeight(message.getWidth()) - 0.5);
        ListView<?> any = robot.lookup("." + BoardStyles.CARD_LIST).queryAs(ListView.class);
        assertThat(any).isNotNull();
    }

    @Test
    void columnAmount_cutInANarrowColumn_isWholeOnHoverAndToAssistiveTech() {
        Label amount = (Label) view.lookup("#column-" + NEGOTIATION).lookup("." + BoardStyles.COLUMN_AMOUNT);
        assertThat(amount.getText()).isEqualTo("8,000 (1 without amount)");
        assertThat(amount.getTooltip().getText()).isEqualTo(amount.getText());
        assertThat(amount.getAccessibleText()).isEqualTo(amount.getText());
    }
}
