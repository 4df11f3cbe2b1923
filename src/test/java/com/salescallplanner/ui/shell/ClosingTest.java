package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.prospects.ProspectListView;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing saves first; when the last changes cannot be saved the rep is asked, and the window
 * stays, retries or closes without them as chosen.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme));
    private final Prospect globex = TestData.prospect("Globex", StageModel.DISCOVERY);
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = new MainWindow(s, TestServices.inMemory(storage, n -> PlannerData.empty(), TestData.clock()));
        window.show();
    }

    /** Adds Globex while every save fails {@code failures} times: the edit is in the window only. */
    private void addGlobexWhileSavesFail(FxRobot robot, int failures) throws Exception {
        Windows.awaitLoaded(window);
        storage.failNextSaves(failures);
        robot.interact(() -> window.viewModel().editor().apply("Add Globex", d -> d.withProspect(globex)));
        assertThat(storage.data().prospect(globex.id())).isEmpty();
    }

    private void closeAndAwaitQuestion(FxRobot robot) throws Exception {
        robot.interact(() -> window.close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(WindowCloser.SAVE_FAILED_TITLE).tryQuery().isPresent());
        assertThat(window.viewModel().noticeProperty().get()).isEqualTo(MainWindow.CLOSING);
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith(InMemoryStorage.FAILURE);
    }

    @Test
    void close_lastSaveFailsAndRepKeepsTheWindow_staysOpenWithTheEditAndTheList(FxRobot robot) throws Exception {
        addGlobexWhileSavesFail(robot, 10);
        closeAndAwaitQuestion(robot);
        robot.clickOn(RecoveryAction.KEEP_OPEN.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(storage.isClosed()).isFalse();
        assertThat(stage.getScene().getRoot().isDisabled()).isFalse();
        assertThat(robot.lookup("#" + ProspectListView.TABLE_ID).tryQuery()).isPresent();
        assertThat(window.workspace().data().prospect(globex.id())).isPresent();
        assertThat(window.viewModel().noticeProperty().get()).isEmpty();
    }

    @Test
    void close_lastSaveFailsThenTryAgainSucceeds_savesTheEditAndCloses(FxRobot robot) throws Exception {
        addGlobexWhileSavesFail(robot, 2); // the edit's own save, then the one on closing
        closeAndAwaitQuestion(robot);
        robot.clickOn(RecoveryAction.TRY_AGAIN.label());
        Windows.awaitClosed(stage);
        assertThat(storage.data().prospect(globex.id())).isPresent();
        assertThat(storage.isClosed()).isTrue();
    }

    @Test
    void close_lastSaveFailsAndRepClosesWithoutSaving_closesAndKeepsTheFileAsItWas(FxRobot robot) throws Exception {
        addGlobexWhileSavesFail(robot, 10);
        closeAndAwaitQuestion(robot);
        robot.clickOn(RecoveryAction.CLOSE_WITHOUT_SAVING.label());
        Windows.awaitClosed(stage);
        assertThat(storage.data().prospect(globex.id())).isEmpty();
        assertThat(storage.data().prospect(acme.id())).isPresent();
        assertThat(storage.isClosed()).isTrue();
    }

    @Test
    void close_everythingSaved_closesWithoutAsking(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().editor().apply("Add Globex", d -> d.withProspect(globex)));
        robot.interact(() -> window.close());
        Windows.awaitClosed(stage);
        assertThat(robot.lookup(WindowCloser.SAVE_FAILED_TITLE).tryQuery()).isEmpty();
        assertThat(storage.data().prospect(globex.id())).isPresent();
        assertThat(storage.isClosed()).isTrue();
    }
}
