package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.detail.ProspectDetailView;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for tests that drive the main window. */
final class Windows {
    private Windows() {
    }

    /** The main window on {@code stage}, shown, over {@code storage}, with the tests' clock and no sample data. */
    static MainWindow showing(Stage stage, InMemoryStorage storage) {
        MainWindow window = new MainWindow(stage, TestServices.inMemory(storage, n -> PlannerData.empty(), TestData.clock()));
        window.show();
        return window;
    }

    /** Waits until the window has opened its data (it loads on a background thread). */
    static void awaitLoaded(MainWindow w) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.viewModel().file().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Once the window has loaded empty data: adds {@code company} from the first-run page and
     * opens "Plan a call" for it, with the mouse, as a rep new to the app would.
     */
    static void planACallWithANewProspect(FxRobot robot, MainWindow window, String company) throws TimeoutException {
        awaitLoaded(window);
        robot.clickOn("#first-run-add");
        robot.clickOn("#form-company").write(company);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ProspectDetailView.PLAN_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the window has closed: it saves and releases the data off the FX thread first. */
    static void awaitClosed(Stage stage) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
