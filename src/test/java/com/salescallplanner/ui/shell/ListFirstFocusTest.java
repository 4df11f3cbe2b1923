package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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
 * A large file's prospects come well after the window showed its page (as with 10,000 prospects):
 * the page, disabled until then, could not take the focus when it asked, so the keyboard found
 * nothing to move in. Once the prospects show, the search has the focus and Down goes into the list.
 */
@ExtendWith(ApplicationExtension.class)
class ListFirstFocusTest {
    private final PlannerData prospectsOnly = TwoProspects.make().prospectsOnly();
    private final CountDownLatch prospectsRead = new CountDownLatch(1);
    private final CountDownLatch callsRead = new CountDownLatch(1);
    private final InMemoryStorage storage = new InMemoryStorage(prospectsOnly).handProspectsFirst(prospectsOnly)
            .holdProspectsUntil(prospectsRead).readsProspectsFirst(true).holdOpenUntil(callsRead);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> prospectsOnly, TestData.clock()));
        window.show();
    }

    @AfterEach
    void release() {
        prospectsRead.countDown();
        callsRead.countDown();
    }

    @Test
    void prospectsShownLate_searchHasTheFocus_downGoesIntoTheList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // the page made and its focus asked for, while still disabled
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        prospectsRead.countDown();
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.targetWindow().getScene().getFocusOwner().getId()).isEqualTo(ProspectListView.SEARCH_ID);
        KeyboardStoryTest.keys(robot, KeyCode.DOWN);
        assertThat(robot.targetWindow().getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(window.viewModel().file().loadingProperty().get()).isTrue();
    }

    @Test
    void typedBeforeTheProspectsShow_goesIntoTheSearch_theListFiltersAtOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardStoryTest.write(robot, "init");
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText())
                .isEqualTo("\u201cinit\u201d is kept until your data is loaded.");

        prospectsRead.countDown();
        @SuppressWarnings("unchecked")
        TableView<ProspectRow> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + ProspectListView.SEARCH_ID).queryAs(TextField.class).getText()).isEqualTo("init");
        assertThat(table.getItems()).extracting(r -> r.prospect().company()).containsExactly("Initech");
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText()).isEmpty();
        assertThat(window.viewModel().file().loadingProperty().get()).isTrue();
    }
}
