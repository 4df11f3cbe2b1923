package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.StorageProblem;
import com.salescallplanner.ui.prospects.ProspectListView;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large file whose prospects read but whose calls do not: the prospect the rep chose meanwhile
 * is not opened out of whatever is opened instead (here read-only, after the problem's dialog).
 */
@ExtendWith(ApplicationExtension.class)
class ListFirstFailureTest {
    private final TwoProspects planner = TwoProspects.make();
    private final PlannerData prospectsOnly = planner.prospectsOnly();
    private final PlannerData whole = planner.whole();
    private final CountDownLatch release = new CountDownLatch(1);
    private final InMemoryStorage storage = new InMemoryStorage(whole).handProspectsFirst(prospectsOnly)
            .readsProspectsFirst(true).holdOpenUntil(release)
            .failOpenWith(new StorageProblem("planner.json cannot be read at calls[1].duration: 'soon' is not a duration.",
                    List.of(RecoveryAction.OPEN_READ_ONLY, RecoveryAction.QUIT)));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> whole, TestData.clock()));
        window.show();
    }

    @AfterEach
    void releaseTheOpen() {
        release.countDown();
    }

    @Test
    void prospectChosen_thenTheCallsCannotBeRead_itIsNotOpenedFromWhatOpensInstead(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("Initech");
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText()).contains("Initech");

        release.countDown();
        // The problem's dialog comes when the reading fails: wait until its button is on screen.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Open read-only").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("calls[1].duration");
        robot.clickOn("Open read-only");
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().readOnlyProperty().get()).isTrue();
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));
        assertThat(table.getItems()).hasSize(2);
    }
}
