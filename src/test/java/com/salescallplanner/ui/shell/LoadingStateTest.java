package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.store.SaveState;
import com.salescallplanner.ui.prospects.ProspectListView;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window while its data is still being read at start, and once it is in. */
@ExtendWith(ApplicationExtension.class)
class LoadingStateTest {
    private final PlannerData data = PlannerData.empty().withProspect(TestData.prospect("Acme", StageModel.DISCOVERY));
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

    @Test
    void whileReading_listSaysLoadingAndStatusBarClaimsNoSave(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(placeholderTexts(robot, table)).containsExactly(ProspectListView.LOADING);
        assertThat(robot.from(table.getPlaceholder()).lookup(".progress-indicator").queryAs(ProgressIndicator.class)
                .isVisible()).isTrue();
        Label save = robot.lookup("#" + StatusBar.SAVE_ID).queryAs(Label.class);
        assertThat(save.isVisible() && save.getText().equals(SaveState.Kind.SAVED.text())).isFalse();
    }

    @Test
    void onceRead_listShowsTheProspectsAndStatusBarSaysSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        Label save = robot.lookup("#" + StatusBar.SAVE_ID).queryAs(Label.class);
        assertThat(save.isVisible()).isTrue();
        assertThat(save.getText()).isEqualTo(SaveState.Kind.SAVED.text());
        robot.clickOn("#" + ProspectListView.SEARCH_ID).write("no such company");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholderTexts(robot, table)).containsExactly(ProspectListView.NO_MATCH);
    }

    /** The texts of the labels the empty table shows. */
    private static List<String> placeholderTexts(FxRobot robot, TableView<?> table) {
        List<String> texts = new ArrayList<>();
        collectTexts(table.getPlaceholder(), texts);
        return texts;
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Label l) {
            texts.add(l.getText());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTexts(c, texts));
        }
    }
}
