package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A small planner read while the window is built is in the window's first frame, not a frame
 * later (issue 15); one still being read shows "loading" first. Work that can wait (the objective
 * reader's model) starts only once the data is laid out.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameDataTest {
    private final PlannerData data = PlannerData.empty().withProspect(TestData.prospect("Acme", StageModel.DISCOVERY));
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s; // the window is built in each test
    }

    @Test
    void smallDataReadWhileTheWindowIsBuilt_isInTheFirstFrame() throws Exception {
        InMemoryStorage storage = new InMemoryStorage(data).quickToOpen(true);
        MainWindow window = build(storage);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> storage.openCount() == 1);
        show(window);
        assertThat(seen).containsExactly("shown: loading false, rows 1");
        assertThat(storage.openCount()).isEqualTo(1);
    }

    @Test
    void smallDataStillBeingRead_showsLoadingFirst_thenTheData() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InMemoryStorage storage = new InMemoryStorage(data).quickToOpen(true).holdOpenUntil(release);
        MainWindow window = build(storage);
        show(window);
        assertThat(seen).containsExactly("shown: loading true, rows none");
        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).isEqualTo("1");
    }

    @Test
    void workAfterTheFirstData_waitsForTheDataLaidOut_andRunsOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InMemoryStorage storage = new InMemoryStorage(data).quickToOpen(true).holdOpenUntil(release);
        MainWindow window = build(storage);
        WaitForAsyncUtils.asyncFx(() -> window.afterFirstData(() -> seen.add("after the data: rows " + rows()))).get();
        WaitForAsyncUtils.asyncFx(window::show).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).as("nothing while the data is read").isEmpty();
        release.countDown();
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).containsExactly("after the data: rows 1");
    }

    private MainWindow build(InMemoryStorage storage) throws Exception {
        return WaitForAsyncUtils.asyncFx(() ->
                new MainWindow(stage, TestServices.inMemory(storage, n -> data, TestData.clock()))).get();
    }

    /** Shows the window, noting what its first frame holds. */
    private void show(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> seen.add("shown: loading "
                    + window.viewModel().file().loadingProperty().get() + ", rows " + rows()));
            window.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String rows() {
        Node table = stage.getScene().lookup("#" + ProspectListView.TABLE_ID);
        return table instanceof TableView<?> t ? String.valueOf(t.getItems().size()) : "none";
    }
}
