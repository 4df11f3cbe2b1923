package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;

import com.salescallplanner.domain.check.WordTagger;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.shell.MainWindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
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
 * The window as the app wires it, on a folder whose planner.json cannot be read and which has no
 * backup: besides Quit it offers to keep the file aside and start a new planner; choosing that, by keyboard,
 * opens an empty, writable planner that says where the old file is, kept byte for byte.
 */
@ExtendWith(ApplicationExtension.class)
class RealWindowStrandedFileTest {
    private static final String BROKEN = "{\"schemaVersion\": 3, \"prospects\": [{\"id\": ";
    @TempDir
    static Path folder;
    private MainWindow window;

    @BeforeAll
    static void writeABrokenFile() throws Exception {
        Files.writeString(folder.resolve(PlannerStore.FILE_NAME), BROKEN);
    }

    @Start
    void start(Stage s) {
        window = new MainWindow(s, DesktopWiring.services(folder, new PropertiesSettingsStore(folder), WordTagger.NONE)
                .withOnExit(() -> { }) /* a quit must not end the toolkit later tests share */);
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
    }

    @Test
    void open_unreadableFileWithoutBackups_startingAfreshKeepsItAsideAndOpensAnEmptyPlanner(FxRobot robot)
            throws Exception {
        String startAfresh = RecoveryAction.START_AFRESH.label();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(startAfresh).tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Cannot open your data");
        assertThat(dialog.getContentText()).startsWith(folder.resolve(PlannerStore.FILE_NAME) + " cannot be read")
                .contains("There is no readable backup.", "start a new, empty planner");
        assertThat(Files.readString(folder.resolve(PlannerStore.FILE_NAME))).as("nothing moved before the rep chose")
                .isEqualTo(BROKEN);

        // By keyboard, as a rep would: Tab to the choice (at most once round the dialog), then Space.
        Button choice = robot.lookup(startAfresh).queryAs(Button.class);
        for (int i = 0; i < 4 && !choice.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(choice.isFocused()).as("Tab reaches the choice").isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().file().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().workspace().data().prospects()).isEmpty();
        assertThat(window.viewModel().file().readOnlyReasonProperty().get()).isEmpty();
        String notice = window.viewModel().file().fileNoticeProperty().get();
        assertThat(notice).startsWith("This is a new, empty planner.").contains("planner-unreadable-");
        assertThat(robot.lookup((Message m) -> m.isVisible() && m.getDescription().equals(notice)).tryQuery())
                .as("the notice on screen").isPresent();
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("planner-unreadable-")).findFirst()
                    .orElseThrow();
            assertThat(notice).contains(aside.getFileName().toString());
            assertThat(Files.readString(aside)).isEqualTo(BROKEN);
        }
    }
}
