package com.salescallplanner.ui.board;

import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board's first visit, as the rep meets it after Shortcut+3: the focus goes to the first column
 * before its cards are computed; when they come, the first card is selected, so Shortcut+Right
 * moves it at once (it stayed unselected, and the key did nothing, when the cards came into the
 * column that already had the focus).
 */
@ExtendWith(ApplicationExtension.class)
class BoardFirstVisitTest {
    private static final Prospect FIRST = prospect("first", "First Co", 1000, PROSPECTING, "2025-03-01");

    private final Workspace workspace = new Workspace(data(List.of(), List.of()), Clock.fixed(NOW.toInstant(), ZONE));
    private BoardView view;

    @Start
    void start(Stage stage) {
        view = BoardStage.show(stage, workspace, RefreshMode.IMMEDIATE, 1080, 760);
    }

    @Test
    void cardsComingIntoTheFocusedColumn_selectTheFirst_andShortcutRightMovesIt(FxRobot robot) {
        robot.interact(view::focusFirst);
        ListView<?> first = (ListView<?>) view.lookup("#column-" + PROSPECTING).lookup(".list-view");
        assertThat(view.getScene().getFocusOwner()).isSameAs(first);
        assertThat(first.getItems()).isEmpty();

        robot.interact(() -> workspace.apply("Add First Co", d -> d.withProspect(FIRST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getSelectionModel().getSelectedIndex()).isZero();

        robot.press(KeyCode.SHORTCUT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.data().prospect(FIRST.id()).orElseThrow().stageId()).isEqualTo(DISCOVERY);
    }

    @Test
    void aSelectedStrandedCard_showsTheSelectionsBorder_andKeepsItsStrandedBar(FxRobot robot) {
        Prospect second = prospect("second", "Second Co", 1000, PROSPECTING, "2025-01-01");
        robot.interact(() -> workspace.apply("Add both", d -> d.withProspect(FIRST).withProspect(second)));
        robot.interact(view::focusFirst);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> first = (ListView<?>) view.lookup("#column-" + PROSPECTING).lookup(".list-view");
        assertThat(first.getSelectionModel().getSelectedIndex()).isZero();

        List<CardCell> cells = robot.from(first).lookup((Node n) -> n instanceof CardCell c && !c.isEmpty())
                .queryAllAs(CardCell.class).stream().toList();
        assertThat(cells).hasSize(2).allSatisfy(c -> assertThat(c.getPseudoClassStates()).extracting(Object::toString)
                .contains("stranded"));
        BorderStroke selected = stroke(cells.stream().filter(CardCell::isSelected).findFirst().orElseThrow());
        BorderStroke other = stroke(cells.stream().filter(c -> !c.isSelected()).findFirst().orElseThrow());
        assertThat(selected.getTopStroke()).isNotEqualTo(other.getTopStroke());
        assertThat(selected.getWidths().getTop()).isEqualTo(2);
        assertThat(selected.getLeftStroke()).isEqualTo(other.getLeftStroke()); // the stranded bar
        assertThat(selected.getWidths().getLeft()).isEqualTo(4);
    }

    private static BorderStroke stroke(CardCell cell) {
        Region card = (Region) cell.lookup(".pipeline-card");
        return card.getBorder().getStrokes().get(0);
    }
}
