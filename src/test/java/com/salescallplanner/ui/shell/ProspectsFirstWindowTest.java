package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large file in the real window (issue 15): its prospects show while their calls are read, the
 * list scrolls but nothing can be opened or changed, typed text waits, and once the calls are in
 * the list shows what they tell.
 */
@ExtendWith(ApplicationExtension.class)
class ProspectsFirstWindowTest {
    private final TwoProspects planner = TwoProspects.make();
    private final Prospect acme = planner.acme();
    private final Prospect initech = planner.initech();
    private final PlannerData prospectsOnly = planner.prospectsOnly();
    private final PlannerData whole = planner.whole();
    private final CountDownLatch release = new CountDownLatch(1);
    private final InMemoryStorage storage = new InMemoryStorage(whole).handProspectsFirst(prospectsOnly)
            .readsProspectsFirst(saysItReadsProspectsFirst()).holdOpenUntil(release);
    private MainWindow window;

    /**
     * The storage says so, as the real one does with a large file: the window starts opening at its
     * first frame; {@link ProspectsFirstAfterFrameTest}: two frames later, as for any large data.
     */
    boolean saysItReadsProspectsFirst() {
        return true;
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> whole, TestData.clock()));
        window.show();
    }

    @AfterEach
    void releaseTheOpen() {
        release.countDown();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProspectRow> table(FxRobot robot) {
        return robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
    }

    private static List<String> cellTexts(FxRobot robot, String column) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getText()) && c.getIndex() >= 0
                        && c.getIndex() < c.getTableView().getItems().size())
                .queryAllAs(TableCell.class).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    private static boolean outcomeMissingShown(FxRobot robot) {
        return !robot.lookup((Node n) -> n instanceof Label l && "Outcome missing".equals(l.getText()) && l.isVisible()
                && l.getParent() != null && l.getParent().isVisible()).queryAll().isEmpty();
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText();
    }

    @Test
    void doubleClickWhileCallsAreRead_prospectOpensOnceTheyAreIn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("Initech");
        assertThat(notice(robot)).isEqualTo("\u201cInitech\u201d opens as soon as your calls are in.");
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(initech.id()));
        assertThat(robot.lookup("Initech").tryQuery()).isPresent();
        assertThat(notice(robot)).isEmpty();
        assertThat(storage.saveCount()).isZero();
    }

    @Test
    void keysWhileCallsAreRead_moveInTheList_deleteWaits_enterOpensTheChosenOnceTheyAreIn(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProspectRow> table = table(robot);
        assertThat(robot.targetWindow().getScene().getFocusOwner().getId()).isEqualTo(ProspectListView.SEARCH_ID);

        KeyboardStoryTest.keys(robot, KeyCode.DOWN); // from the search into the list, as once loaded
        assertThat(robot.targetWindow().getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        KeyboardStoryTest.keys(robot, KeyCode.DOWN);
        ProspectRow second = table.getItems().get(1);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(second);
        KeyboardStoryTest.keys(robot, KeyCode.DELETE); // deleting needs the calls: it waits for nothing and does nothing
        assertThat(table.getItems()).hasSize(2);

        KeyboardStoryTest.keys(robot, KeyCode.ENTER);
        String company = second.prospect().company();
        assertThat(notice(robot)).isEqualTo("\u201c" + company + "\u201d opens as soon as your calls are in.");
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(second.prospect().id()));
        assertThat(window.viewModel().workspace().data().prospects()).hasSize(2);
        assertThat(storage.saveCount()).isZero();
    }

    @Test
    void textAndEnterInTheSearchWhileCallsAreRead_topMatchOpensOnceTheyAreIn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.write(robot, "i"); // both match, none chosen: Enter takes the top one, as once loaded
        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(table(robot).getSelectionModel().isEmpty()).isTrue();
        Prospect top = table(robot).getItems().get(0).prospect();
        KeyboardStoryTest.keys(robot, KeyCode.ENTER);
        assertThat(notice(robot)).isEqualTo("\u201c" + top.company() + "\u201d opens as soon as your calls are in.");
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(top.id()));
    }

    @Test
    void prospectClickedWhileCallsAreRead_staysChosenWhenTheyArrive(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Acme Logistics");
        assertThat(table(robot).getSelectionModel().getSelectedItem().prospect()).isEqualTo(acme);
        assertThat(notice(robot)).isEmpty();

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        // The full rows, Initech's call first ("Outcome missing"), and Acme still chosen.
        assertThat(table(robot).getItems()).extracting(r -> r.prospect().company())
                .containsExactly("Initech", "Acme Logistics");
        assertThat(table(robot).getSelectionModel().getSelectedItem().prospect()).isEqualTo(acme);
        assertThat(table(robot).getSelectionModel().getSelectedItem().nextCall()).isNull();
    }

    @Test
    void prospectsRead_listShowsThem_callsPending_nothingOpensOrSaves_thenTheCallsComeIn(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).isDisabled()).isFalse();
        assertThat(cellTexts(robot, "Next call")).containsOnly(ProspectListView.CALLS_PENDING).hasSize(2);
        assertThat(outcomeMissingShown(robot)).isFalse();

        // A button outside the list does nothing yet and says why: it needs the calls.
        robot.clickOn("New prospect");
        assertThat(notice(robot)).isEqualTo(ListFirst.CALLS_COMING);
        assertThat(robot.listWindows()).hasSize(1);
        // The search works at once: the list filters while the calls are read.
        KeyboardStoryTest.write(robot, "init");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));
        assertThat(robot.lookup("#" + ProspectListView.SEARCH_ID).queryAs(TextField.class).getText()).isEqualTo("init");
        assertThat(table(robot).getItems()).extracting(r -> r.prospect().company()).containsExactly("Initech");
        assertThat(notice(robot)).doesNotContain("kept");
        assertThat(window.viewModel().file().loadingProperty().get()).isTrue();
        // Another page meanwhile is disabled: an empty board would say there is nothing.
        robot.interact(() -> window.viewModel().show(Section.PIPELINE));
        assertThat(robot.lookup(".content").query().isDisabled()).isTrue();
        robot.interact(() -> window.viewModel().show(Section.PROSPECTS));
        assertThat(robot.lookup(".content").query().isDisabled()).isFalse();

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(r -> r.prospect().company()).containsExactly("Initech");
        assertThat(outcomeMissingShown(robot)).isTrue();
        assertThat(cellTexts(robot, "Next call")).doesNotContain(ProspectListView.CALLS_PENDING);
        assertThat(storage.saveCount()).isZero();
    }
}
