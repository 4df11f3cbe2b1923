package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.focusOwner;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** From the prospect search to a prospect by keyboard alone: Enter opens the top match, Down goes into the list. */
@ExtendWith(ApplicationExtension.class)
class SearchKeysFxTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final Prospect globex = TestData.prospect("Globex", StageModel.PROPOSAL);
    private final Prospect initech = TestData.prospect("Initech", StageModel.DISCOVERY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = Windows.showing(stage, new InMemoryStorage(PlannerData.empty().withProspect(acme)
                .withProspect(globex).withProspect(initech)));
    }

    @BeforeEach
    void loaded() throws Exception {
        Windows.awaitLoaded(window);
    }

    private Page page() {
        return window.viewModel().pageProperty().get();
    }

    @SuppressWarnings("unchecked")
    private TableView<ProspectRow> table(FxRobot robot) {
        return robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
    }

    @Test
    void enterInTheSearch_opensTheOnlyMatch(FxRobot robot) {
        assertThat(focusOwner(robot).getId()).isEqualTo(ProspectListView.SEARCH_ID);
        write(robot, "glob");
        keys(robot, KeyCode.ENTER);
        assertThat(page()).isEqualTo(new Page.ProspectDetail(globex.id()));
    }

    @Test
    void searchLeavingOneProspect_choosesIt_soShortcutPPlansItsCall(FxRobot robot) {
        write(robot, "glob");
        assertThat(table(robot).getSelectionModel().getSelectedItem().prospect().id()).isEqualTo(globex.id());
        keys(robot, KeyCode.SHORTCUT, KeyCode.P);
        assertThat(page()).isInstanceOf(Page.PlanEditor.class);
        assertThat(((Page.PlanEditor) page()).prospect()).isEqualTo(globex.id());
    }

    @Test
    void searchLeavingSeveral_choosesNone(FxRobot robot) {
        write(robot, "c"); // Acme and Initech
        assertThat(table(robot).getSelectionModel().isEmpty()).isTrue();
    }

    @Test
    void enterInTheSearch_severalMatches_opensTheTopOne(FxRobot robot) {
        write(robot, "c"); // Acme and Initech, in the list's order
        String top = table(robot).getItems().get(0).prospect().company();
        keys(robot, KeyCode.ENTER);
        Page.ProspectDetail opened = (Page.ProspectDetail) page();
        assertThat(window.viewModel().workspace().data().prospect(opened.prospect()).orElseThrow().company())
                .isEqualTo(top);
    }

    @Test
    void downInTheSearch_goesToTheFirstRow_thenDownAndEnterOpenTheSecond(FxRobot robot) {
        keys(robot, KeyCode.DOWN);
        TableView<ProspectRow> table = table(robot);
        assertThat(focusOwner(robot)).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        keys(robot, KeyCode.DOWN);
        ProspectRow second = table.getItems().get(1);
        keys(robot, KeyCode.ENTER);
        assertThat(page()).isEqualTo(new Page.ProspectDetail(second.prospect().id()));
    }

    @Test
    void enterInTheSearch_noMatch_staysOnTheListWithTheText(FxRobot robot) {
        write(robot, "zzz");
        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.DOWN);
        assertThat(page()).isEqualTo(new Page.Home(Section.PROSPECTS));
        assertThat(focusOwner(robot).getId()).isEqualTo(ProspectListView.SEARCH_ID);
        assertThat(robot.lookup("#" + ProspectListView.SEARCH_ID).queryAs(TextField.class).getText()).isEqualTo("zzz");
    }
}
