package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.shell.MainWindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app wires it, on a real data folder: closing it (the window manager's close
 * request) saves the last edit, writes the window's settings and releases the folder's lock.
 */
@ExtendWith(ApplicationExtension.class)
class RealWindowCloseTest {
    @TempDir
    static Path folder;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = new MainWindow(s, DesktopWiring.services(folder, new PropertiesSettingsStore(folder), new com.salescallplanner.domain.check.DeferredTagger()).withOnExit(() -> { }) /* a quit must not end the toolkit later tests share */);
        window.show();
    }

    @Test
    void closeRequest_afterAnEdit_savesItWritesTheSettingsAndReleasesTheFolder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().file().loadingProperty().get());
        Prospect acme = Prospect.create("Acme", "Pilot", StageModel.DISCOVERY, LocalDate.of(2026, 11, 2));
        robot.interact(() -> window.viewModel().editor().apply("Add Acme", d -> d.withProspect(acme)));
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());

        assertThat(PlannerStore.openForReading(folder).load().data().prospect(acme.id())).contains(acme);
        assertThat(folder.resolve(PropertiesSettingsStore.FILE)).exists();
        WindowStorage next = new WindowStorage(folder, Clock.systemUTC());
        try {
            PlannerStorage.Opened opened = next.open(PlannerStorage.Progress.NONE);
            assertThat(opened.readOnly()).as("the lock was released").isFalse();
            assertThat(opened.data().prospects()).containsExactly(acme);
        } finally {
            next.close();
        }
        assertThat(Files.readString(folder.resolve(PropertiesSettingsStore.FILE))).contains("width=");
    }
}
