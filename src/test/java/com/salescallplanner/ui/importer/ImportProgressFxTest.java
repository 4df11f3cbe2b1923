package com.salescallplanner.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CrmCsvFileReader;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.model.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real wizard window on a 20,000-row file (issue 11, item 6): while the preview is made it
 * shows a progress bar and Stop; Stop leaves nothing imported. The preview's run waits for the
 * test's go-ahead, so the window is seen in that state whatever the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class ImportProgressFxTest {
    private static final int ROWS = 20_000;

    @TempDir
    static Path dir;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final CountDownLatch previewMayRun = new CountDownLatch(1);
    private final AtomicInteger tasks = new AtomicInteger();
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        Path csv = bigFile();
        workspace = new Workspace(PlannerData.empty(), ImportWizardViewModelTest.CLOCK);
        // The first task reads the file; the second (the preview) waits for the test.
        ImportWizardViewModel vm = new ImportWizardViewModel(workspace, new CrmCsvFileReader(), task -> io.execute(() -> {
            if (tasks.incrementAndGet() == 2) {
                await(previewMayRun);
            }
            task.run();
        }), Platform::runLater);
        ImportWizard view = new ImportWizard(vm, com.salescallplanner.ui.FakeDialogs.answeringFile(csv));
        stage.setScene(new Scene(view.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void stopIo() {
        previewMayRun.countDown();
        io.shutdownNow();
    }

    @Test
    void wizard_largeFile_showsProgressAndStopImportsNothing(FxRobot robot) throws TimeoutException {
        robot.clickOn("#chooseFile");
        Label message = robot.lookup("#message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().equals("Checking 20000 rows..."));

        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        Button stop = robot.lookup("#stopPreview").queryButton();
        assertThat(shown(bar)).isTrue();
        assertThat(shown(stop)).isTrue();
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#stopPreview");
        previewMayRun.countDown();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.getText()).startsWith("Cancelled: nothing was imported.");
        assertThat(shown(bar)).isFalse();
        assertThat(robot.lookup("#preview").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(workspace.data().prospects()).isEmpty();
    }

    @Test
    void wizard_largeFile_previewsEveryRowThenImports(FxRobot robot) throws TimeoutException {
        robot.clickOn("#chooseFile");
        Label message = robot.lookup("#message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().equals("Checking 20000 rows..."));

        previewMayRun.countDown();
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.getItems().size() == ROWS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot.lookup("#importProgress").queryAs(ProgressBar.class))).isFalse();

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.data().prospects()).hasSize(ROWS);
    }

    /** Visible, and so are all its parents: what the rep sees. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Path bigFile() {
        Path csv = dir.resolve("big.csv");
        if (Files.exists(csv)) {
            return csv;
        }
        StringBuilder b = new StringBuilder("Opportunity ID,Opportunity Name,Account Name,Stage,Amount\n");
        for (int i = 0; i < ROWS; i++) {
            b.append("006").append(i).append(",Deal ").append(i).append(",Company ").append(i)
                    .append(",Prospecting,").append(100 + i).append('\n');
        }
        try {
            return Files.writeString(csv, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
