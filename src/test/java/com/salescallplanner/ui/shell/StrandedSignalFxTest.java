package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.StrandedSignalFixtures;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the rep sees of "Stranded" in the real window: a prospect added a minute ago and one with
 * a call tomorrow carry no flag on the list or the board; the idle one does, with its reason in
 * the tooltip and the accessible text, and it alone is in the reports' stranded list.
 */
@ExtendWith(ApplicationExtension.class)
class StrandedSignalFxTest {
    private static final String WHY = "Stranded: No call planned and no dated next step; last contact 23 days ago.";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        PlannerData data = StrandedSignalFixtures.data();
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(data), n -> PlannerData.empty(),
                TestData.clock()));
        window.show();
    }

    private static List<Label> shownStrandedFlags(FxRobot robot, Class<? extends Node> within) {
        return robot.lookup((Node n) -> n instanceof Label l && "Stranded".equals(l.getText()) && l.isVisible()
                && l.getParent() != null && l.getParent().isVisible() && hasAncestor(l, within)
                && l.getAccessibleText() != null).queryAllAs(Label.class).stream().toList();
    }

    private static boolean hasAncestor(Node n, Class<? extends Node> type) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void listBoardAndReports_showTheFlagOnlyOnTheIdleProspect_withItsReason(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        List<Label> onList = shownStrandedFlags(robot, javafx.scene.control.TableRow.class);
        assertThat(onList).singleElement().satisfies(l -> {
            assertThat(l.getAccessibleText()).isEqualTo(WHY);
            assertThat(l.getTooltip().getText()).isEqualTo(WHY);
        });

        robot.interact(() -> window.viewModel().show(Section.PIPELINE));
        // Wait for the idle prospect's card itself: its column may be laid out after the first cards
        // on a slow machine, so "some card is shown" is not yet "every card is shown".
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownStrandedFlags(robot, ListCell.class).isEmpty());
        List<Label> onBoard = shownStrandedFlags(robot, ListCell.class);
        assertThat(onBoard).singleElement().satisfies(l -> assertThat(l.getAccessibleText()).isEqualTo(WHY));
        ListCell<?> idleCard = robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getItem() instanceof PipelineCard p
                && p.prospect().company().equals("Idle Industries")).queryAs(ListCell.class);
        assertThat(idleCard.getAccessibleText()).contains("stranded: " + WHY.substring("Stranded: ".length()));

        robot.interact(() -> window.viewModel().show(Section.REPORTS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#stranded-table")
                .queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#stranded-table").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(s -> assertThat(
                ((com.salescallplanner.domain.report.StrandedProspect) s).prospect().company())
                .isEqualTo("Idle Industries"));

        // The prospect page writes the reason beside the flag; a prospect just added has neither.
        robot.interact(() -> window.viewModel().showProspect(StrandedSignalFixtures.IDLE.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stranded-why").queryAs(Label.class).getText()).isEqualTo(WHY);
        assertThat(robot.lookup("#stranded-why").queryAs(Label.class).isVisible()).isTrue();
        // At the default width the header's controls and the flag show whole.
        robot.interact(() -> robot.window(0).setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        Node header = robot.lookup(".page-header").query();
        for (javafx.scene.control.Labeled l : robot.from(header).lookup((Node n) -> n instanceof javafx.scene.control.Labeled
                && !"stranded-why".equals(n.getId())).queryAllAs(javafx.scene.control.Labeled.class)) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            if (shown != null && l.getText() != null && !l.getText().isEmpty()) {
                assertThat(shown.getText()).as("what the rep reads of '%s'", l.getText()).isEqualTo(l.getText());
            }
        }
        robot.interact(() -> window.viewModel().showProspect(StrandedSignalFixtures.FRESH.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stranded-why").queryAs(Label.class).isVisible()).isFalse();
    }
}
