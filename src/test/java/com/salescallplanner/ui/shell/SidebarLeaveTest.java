package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Leaving an unsaved plan from the sidebar: the highlight moves only once the rep has answered. */
@ExtendWith(ApplicationExtension.class)
class SidebarLeaveTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme));
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = Windows.showing(stage, storage);
    }

    private boolean highlighted(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ToggleButton.class).isSelected();
    }

    @Test
    void unsavedPlan_sidebarClick_keepsTheHighlightUntilAnswered_andCancelStays(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().planCall(acme.id()));
        robot.clickOn("#stretch-objective").write("The CIO commits to a pilot");
        robot.clickOn("#nav-today");
        // The question is open: the sidebar still shows where the rep is.
        assertThat(robot.listWindows()).hasSize(2);
        assertThat(highlighted(robot, "nav-today")).isFalse();
        assertThat(window.viewModel().pageProperty().get()).isInstanceOf(Page.PlanEditor.class);
        keys(robot, KeyCode.ESCAPE);
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(highlighted(robot, "nav-today")).isFalse();
        assertThat(window.viewModel().pageProperty().get()).isInstanceOf(Page.PlanEditor.class);
    }

    @Test
    void unsavedPlan_sidebarClick_enterSavesThePlanThenShowsThePage(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().planCall(acme.id()));
        robot.clickOn("#stretch-objective").write("The CIO commits to a pilot");
        robot.clickOn("#nav-today");
        assertThat(robot.listWindows()).hasSize(2);
        keys(robot, KeyCode.ENTER); // Save is the default: Enter keeps the rep's work
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().workspace().data().calls()).singleElement()
                .satisfies(c -> assertThat(c.stretch().text()).isEqualTo("The CIO commits to a pilot"));
        assertThat(highlighted(robot, "nav-today")).isTrue();
        assertThat(window.viewModel().pageProperty().get()).isNotInstanceOf(Page.PlanEditor.class);
    }

    @Test
    void choose_offersEachChoiceAndCancel_theFirstIsTheDefault(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        DialogService dialogs = new FxDialogService(() -> stage);
        AtomicInteger answer = new AtomicInteger(-2);
        List<String> choices = List.of("Save", "Discard changes");
        Platform.runLater(() -> answer.set(dialogs.choose("Unsaved plan", "Save it?", choices)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> buttons = pane.getButtonTypes().stream().map(b -> b.getText()).toList();
        assertThat(buttons).containsExactly("Save", "Discard changes", "Cancel");
        assertThat(((Button) pane.lookupButton(pane.getButtonTypes().get(0))).isDefaultButton()).isTrue();
        keys(robot, KeyCode.ENTER);
        assertThat(answer.get()).isZero();

        Platform.runLater(() -> answer.set(dialogs.choose("Unsaved plan", "Save it?", choices)));
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.ESCAPE);
        assertThat(answer.get()).isEqualTo(-1);
    }
}
