package com.salescallplanner.ui.board;

import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.domain.report.SyntheticData;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The board over 10,000 prospects and 100,000 calls: cards are virtualised and dragging still works. */
@ExtendWith(ApplicationExtension.class)
class BoardLargeDataTest {
    private static final PlannerData BIG = SyntheticData.generate(10_000, 100_000, 11, NOW);

    private final Workspace workspace = new Workspace(BIG, Clock.fixed(NOW.toInstant(), ZONE));

    @Start
    void start(Stage stage) {
        BoardViewModel vm = new BoardViewModel(new WorkspaceEditor(workspace, new FakeDialogs()), new RecordingNavigator(),
                RefreshMode.IMMEDIATE, new Formats(Locale.UK));
        stage.setScene(new Scene(new BoardView(vm), 1280, 760));
        stage.show();
    }

    @Test
    void tenThousandProspects_onlyTheVisibleCardsAreBuilt(FxRobot robot) {
        long inProspecting = BIG.prospects().stream().filter(p -> p.stageId().equals(PROSPECTING)).count();
        Node column = robot.lookup("#column-" + PROSPECTING).query();

        assertThat(inProspecting).isGreaterThan(1000);
        assertThat(robot.from(column).lookup("." + BoardStyles.COLUMN_COUNT).queryLabeled().getText())
                .isEqualTo(new Formats(Locale.UK).number(inProspecting));
        assertThat(robot.lookup(n -> n instanceof CardCell).queryAll()).hasSizeLessThan(200);
    }

    @Test
    void tenThousandProspects_dragStillMovesTheCard(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<PipelineCard> list = robot.from(robot.lookup("#column-" + PROSPECTING).queryAs(Node.class))
                .lookup(".list-view").queryAs(ListView.class);
        PipelineCard first = list.getItems().get(0);
        Node card = robot.from(list).lookup("." + BoardStyles.CARD_COMPANY)
                .match((Labeled l) -> first.prospect().company().equals(l.getText())).query();

        robot.drag(card, MouseButton.PRIMARY).dropTo(robot.lookup("#column-" + DISCOVERY).queryAs(Node.class));

        assertThat(workspace.data().prospect(first.prospect().id()).orElseThrow().stageId()).isEqualTo(DISCOVERY);
    }
}
