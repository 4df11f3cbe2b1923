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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A card moved by keyboard into a long column is shown there, selected, not below the column's end. */
@ExtendWith(ApplicationExtension.class)
class BoardMovedCardInViewTest {
    private static final Prospect MOVER = prospect("mover", "Mover", 1000, PROSPECTING, "2025-01-02");

    private Workspace workspace;
    private BoardView view;

    @Start
    void start(Stage stage) {
        List<Prospect> prospects = new ArrayList<>(List.of(MOVER));
        for (int i = 0; i < 14; i++) {
            prospects.add(prospect("d" + i, "Discovery " + i, 1000, PROSPECTING, "2025-01-01", DISCOVERY,
                    "2025-02-%02d".formatted(1 + i)));
        }
        workspace = new Workspace(data(prospects, List.of()), Clock.fixed(NOW.toInstant(), ZONE));
        view = BoardStage.show(stage, workspace, RefreshMode.BACKGROUND, 1280 - 200, 760 - 40); // 1280x800 less the sidebar and status bar
    }

    @Test
    void cardMovedIntoALongColumn_isSelectedAndInView(FxRobot robot) throws Exception {
        // As in the window: the cards are computed off the JavaFX thread.
        robot.interact(view::focusFirst);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.getScene().getFocusOwner() instanceof ListView<?> l
                && !l.getSelectionModel().isEmpty());
        robot.press(KeyCode.SHORTCUT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHORTCUT);
        ListView<?> discovery = (ListView<?>) view.lookup("#column-" + DISCOVERY).lookup(".list-view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> discovery.getItems().size() == 15);
        Thread.sleep(500); // a few pulses for the scroll
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.data().prospect(MOVER.id()).orElseThrow().stageId()).isEqualTo(DISCOVERY);

        assertThat(view.getScene().getFocusOwner()).isSameAs(discovery);
        CardCell cell = robot.from(discovery).lookup((Node n) -> n instanceof CardCell c && c.isSelected()
                && !c.isEmpty() && c.isVisible()).queryAs(CardCell.class);
        assertThat(cell.getItem().prospect().id()).isEqualTo(MOVER.id());
        Bounds list = discovery.localToScene(discovery.getLayoutBounds());
        Bounds card = cell.localToScene(cell.getLayoutBounds());
        assertThat(card.getMinY()).as("card top").isGreaterThanOrEqualTo(list.getMinY() - 1);
        assertThat(card.getMaxY()).as("card bottom")
                .isLessThanOrEqualTo(Math.min(list.getMaxY(), view.getScene().getHeight()) + 1);
    }
}
