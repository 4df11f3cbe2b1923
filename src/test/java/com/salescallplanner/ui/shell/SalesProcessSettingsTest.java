package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;
import com.salescallplanner.ui.settings.SalesProcessView;
import com.salescallplanner.ui.settings.StageRow;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Settings page's sales process in the real window: a renamed stage shows on the
 * prospect list and the pipeline and is undone with Shortcut+Z; a rung moved to a later stage
 * makes the plan editor warn that an objective aims too far ahead.
 */
@ExtendWith(ApplicationExtension.class)
class SalesProcessSettingsTest {
    private final Prospect acme = TestData.prospect("Acme Logistics", StageModel.DISCOVERY);
    /** The conservative objective shares information: fits Discovery with the default ladder. */
    private final CallPlan call = TestData.call(acme, TestData.NOW.withHour(14),
            "Dana brings the CFO to a demo by Friday", "Dana shares last year's figures by Thursday");
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme).withCall(call));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = Windows.showing(stage, storage);
    }

    private static List<Object> ruleIds(FxRobot robot, String findingsId) {
        return robot.lookup(findingsId).queryAs(Pane.class).getChildren().stream().map(Node::getUserData).toList();
    }

    private String stageShownOnTheList(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        TableView<ProspectRow> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r.prospect().id().equals(acme.id())).findFirst().orElseThrow()
                .stageName();
    }

    private static void awaitBoardTitle(FxRobot robot, String title) throws TimeoutException {
        robot.clickOn("#nav-pipeline");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#column-" + StageModel.DISCOVERY)
                .tryQuery().flatMap(c -> robot.from(c).lookup((Labeled l) -> title.equals(l.getText())).tryQuery())
                .isPresent());
    }

    private void openThePlan(FxRobot robot) {
        robot.interact(() -> window.viewModel().editCall(call.id()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void settings_renameStageShowsEverywhereAndUndoes_rungMovedLaterWarnsInThePlan(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        openThePlan(robot);
        assertThat(ruleIds(robot, "#conservative-findings")).doesNotContain("too-far-ahead");

        // Rename Discovery to Qualify with the form
        robot.clickOn("#nav-settings");
        TableRow<?> discovery = robot.lookup("#" + SalesProcessView.TABLE_ID + " .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof StageRow s && s.name().equals("Discovery"))
                .queryAs(TableRow.class);
        robot.clickOn(discovery);
        assertThat(robot.lookup("#" + SalesProcessView.REASON_ID).queryLabeled().getText())
                .isEqualTo("1 prospect is in Discovery: move it to another stage first.");
        assertThat(robot.lookup("#" + SalesProcessView.REMOVE_ID).query().isDisabled()).isTrue();
        robot.clickOn("#" + SalesProcessView.RENAME_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#form-name");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.write("Qualify");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().data().stages().require(StageModel.DISCOVERY).name()).isEqualTo("Qualify");

        // The prospect list and the pipeline show the new name; Shortcut+Z brings the old one back
        assertThat(stageShownOnTheList(robot)).isEqualTo("Qualify");
        awaitBoardTitle(robot, "Qualify");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        awaitBoardTitle(robot, "Discovery");
        assertThat(stageShownOnTheList(robot)).isEqualTo("Discovery");

        // Sharing information now fits from Evaluation on: the Discovery plan aims too far ahead
        robot.clickOn("#nav-settings");
        ComboBox<?> earliest = robot.lookup("#rung-stage-share-information").queryAs(ComboBox.class);
        robot.interact(earliest::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(earliest);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup((ListCell<?> c) -> "Evaluation".equals(c.getText())
                && c.getScene().getWindow() instanceof PopupWindow).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().data().ladder().rung(CommitmentKind.SHARE_INFORMATION).earliestStageId())
                .isEqualTo(StageModel.EVALUATION);

        // Examples are typed one per line; Tab leaves the area (no tab typed) and commits them
        TextArea examples = robot.lookup("#rung-examples-sign").queryAs(TextArea.class);
        robot.interact(examples::requestFocus);
        robot.clickOn(examples);
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.write("The CFO signs by Friday");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(examples.isFocused()).isFalse();
        assertThat(window.workspace().data().ladder().rung(CommitmentKind.SIGN).examples())
                .containsExactly("The CFO signs by Friday");

        openThePlan(robot);
        assertThat(ruleIds(robot, "#conservative-findings")).contains("too-far-ahead");
    }

    @Test
    void settings_readOnlyFile_everyEditingControlDisabledAndSaysWhy(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.workspace().readOnlyProperty().set(true));
        robot.clickOn("#nav-settings");
        TableRow<?> evaluation = robot.lookup("#" + SalesProcessView.TABLE_ID + " .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof StageRow s && s.name().equals("Evaluation"))
                .queryAs(TableRow.class);
        robot.clickOn(evaluation);
        assertThat(robot.lookup("#" + SalesProcessView.READ_ONLY_ID).query().isVisible()).isTrue();
        for (String id : List.of(SalesProcessView.ADD_ID, SalesProcessView.RENAME_ID, SalesProcessView.UP_ID,
                SalesProcessView.DOWN_ID, SalesProcessView.REMOVE_ID, "rung-stage-sign", "rung-label-sign",
                "rung-examples-sign")) {
            assertThat(robot.lookup("#" + id).query().isDisabled()).as(id).isTrue();
        }
    }
}
