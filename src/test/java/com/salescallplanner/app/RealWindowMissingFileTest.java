package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.Backup;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.shell.MainWindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app wires it, on a data folder whose planner.json was deleted while
 * backups/ holds earlier versions: instead of a new empty planner (or the first-run sample), it
 * offers the newest backup, as for an unreadable file, and restoring it shows that data.
 */
@ExtendWith(ApplicationExtension.class)
class RealWindowMissingFileTest {
    @TempDir
    static Path folder;
    private static byte[] newestBackup;
    private MainWindow window;

    @BeforeAll
    static void deleteTheDataFileAfterTwoSaves() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(with("Acme"));
            store.save(with("Globex"));
            Backup b = store.backups().get(0);
            newestBackup = Files.readAllBytes(b.path());
        }
        Files.delete(folder.resolve(PlannerStore.FILE_NAME));
    }

    private static PlannerData with(String company) {
        return PlannerData.empty().withProspect(Prospect.create(company, "", StageModel.DISCOVERY,
                LocalDate.of(2026, 3, 3)));
    }

    @Start
    void start(Stage s) {
        window = new MainWindow(s, DesktopWiring.services(folder, new PropertiesSettingsStore(folder),
                com.salescallplanner.domain.check.WordTagger.NONE).withOnExit(() -> { }) /* a quit must not end the toolkit later tests share */);
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
    }

    @Test
    void open_dataFileMissingBesideBackups_offersTheNewestBackupAndShowsItsData(FxRobot robot) throws Exception {
        String restore = RecoveryAction.RESTORE_BACKUP.label();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(restore).tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Cannot open your data");
        assertThat(dialog.getContentText()).startsWith(folder.resolve(PlannerStore.FILE_NAME) + " is missing, but ")
                .contains("The newest readable backup is backups/");
        assertThat(folder.resolve(PlannerStore.FILE_NAME)).as("nothing written before the rep chose").doesNotExist();

        robot.clickOn(restore);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().file().loadingProperty().get()
                && !window.viewModel().workspace().data().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().workspace().data().prospects()).extracting(Prospect::company)
                .containsExactly("Acme");
        assertThat(window.viewModel().file().readOnlyReasonProperty().get()).isEmpty();
        assertThat(Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME))).isEqualTo(newestBackup);
    }
}
