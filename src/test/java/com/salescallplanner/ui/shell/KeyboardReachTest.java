package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.focusOwner;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.tabTo;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.util.concurrent.CountDownLatch;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every page one shortcut away, the sidebar on the Tab path, a table's first row selected on focus. */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachTest {
    private final PlannerData data = PlannerData.empty()
            .withProspect(TestData.prospect("Acme", StageModel.DISCOVERY))
            .withProspect(TestData.prospect("Globex", StageModel.EVALUATION));
    private final CountDownLatch release = new CountDownLatch(1);
    private final InMemoryStorage storage = new InMemoryStorage(data).holdOpenUntil(release);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> data, TestData.clock()));
        window.show();
    }

    @AfterEach
    void releaseTheOpen() {
        release.countDown();
    }

    private Page page() {
        return window.viewModel().pageProperty().get();
    }

    @Test
    void shortcutsOneToFive_openEachPageOfTheSidebar(FxRobot robot) throws Exception {
        release.countDown();
        Windows.awaitLoaded(window);
        KeyCode[] digits = {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT1};
        Section[] pages = {Section.TODAY, Section.PIPELINE, Section.REPORTS, Section.SETTINGS, Section.PROSPECTS};
        for (int i = 0; i < digits.length; i++) {
            keys(robot, KeyCode.SHORTCUT, digits[i]);
            assertThat(page()).isEqualTo(new Page.Home(pages[i]));
            assertThat(robot.lookup("#nav-" + pages[i].name().toLowerCase()).queryAs(ToggleButton.class).isSelected())
                    .isTrue();
        }
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT6);
        assertThat(page()).isEqualTo(new Page.Home(Section.PROSPECTS));
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText()).contains("Team page");
    }

    @Test
    void tab_reachesTheSidebar_andEnterOpensThePage(FxRobot robot) throws Exception {
        release.countDown();
        Windows.awaitLoaded(window);
        tabTo(robot, within("nav-today"), false);
        keys(robot, KeyCode.ENTER);
        assertThat(page()).isEqualTo(new Page.Home(Section.TODAY));
        tabTo(robot, within("nav-reports"), true);
        keys(robot, KeyCode.SPACE);
        assertThat(page()).isEqualTo(new Page.Home(Section.REPORTS));
    }

    @Test
    void prospectTable_takingTheFocus_selectsItsFirstRow(FxRobot robot) throws Exception {
        release.countDown();
        Windows.awaitLoaded(window);
        @SuppressWarnings("unchecked")
        TableView<ProspectRow> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getSelectionModel().isEmpty()).isTrue();
        tabTo(robot, within(ProspectListView.TABLE_ID), false);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        keys(robot, KeyCode.ENTER);
        assertThat(page()).isEqualTo(new Page.ProspectDetail(table.getItems().get(0).prospect().id()));
    }

    @Test
    void shortcutPressedWhileLoading_runsOnceTheDataIsIn_andTypingGoesNowhere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.write(robot, "acme");
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT3);
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText())
                .contains("will run once your data is loaded");
        assertThat(page()).isEqualTo(new Page.Home(Section.PROSPECTS));
        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page()).isEqualTo(new Page.Home(Section.PIPELINE));
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT1);
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));
        assertThat(robot.lookup("#" + ProspectListView.SEARCH_ID)
                .queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(focusOwner(robot)).isNotNull();
    }

    @Test
    void textTypedWhileLoading_goesIntoTheSearchOnceTheDataIsIn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.write(robot, "glox");
        keys(robot, KeyCode.BACK_SPACE);
        keys(robot, KeyCode.BACK_SPACE);
        KeyboardStoryTest.write(robot, "obex");
        javafx.scene.control.TextField search = robot.lookup("#" + ProspectListView.SEARCH_ID)
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(search.getText()).isEmpty();
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText())
                .contains("\u201cglobex\u201d is kept until your data is loaded");

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(search.getText()).isEqualTo("globex");
        @SuppressWarnings("unchecked")
        TableView<ProspectRow> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> r.prospect().company()).containsExactly("Globex");
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText()).doesNotContain("kept");
    }

    @Test
    void nameAndEnterTypedWhileLoading_openThatProspectOnceTheDataIsIn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.write(robot, "glob");
        keys(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText())
                .isEqualTo("\u201cglob\u201d and Enter are kept until your data is loaded.");
        assertThat(page()).isEqualTo(new Page.Home(Section.PROSPECTS));

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(page()).isEqualTo(new Page.ProspectDetail(data.prospects().get(1).id()));
    }

    @Test
    void enterThenMoreText_keepsOnlyTheText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.write(robot, "a");
        keys(robot, KeyCode.ENTER);
        KeyboardStoryTest.write(robot, "cme");

        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(page()).isEqualTo(new Page.Home(Section.PROSPECTS));
        assertThat(robot.lookup("#" + ProspectListView.SEARCH_ID)
                .queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("acme");
    }
}
