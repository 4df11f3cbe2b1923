package com.salescallplanner.ui.shell;

import com.salescallplanner.store.SaveState;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemorySettingsStore;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.StorageProblem;
import com.salescallplanner.ui.port.WindowSettings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window never does file work on the JavaFX thread: every call to the storage and the
 * settings that reads or writes a file (how the data opens, open, restore, the last save,
 * releasing the folder, writing the settings) comes from another thread, through a whole session.
 */
@ExtendWith(ApplicationExtension.class)
class FileWorkThreadTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final InMemoryStorage memory = new InMemoryStorage(PlannerData.empty().withProspect(acme))
            .failOpenWith(new StorageProblem("planner.json is not valid JSON at line 3, column 7.",
                    List.of(RecoveryAction.RESTORE_BACKUP, RecoveryAction.QUIT)));
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        SettingsStore settings = new InMemorySettingsStore();
        window = new MainWindow(s, TestServices.inMemory(new Recording(memory), n -> PlannerData.empty(),
                TestData.clock()).withSettings(new SettingsStore() {
                    @Override
                    public WindowSettings load() {
                        return settings.load(); // read before the window exists (PropertiesSettingsStore)
                    }

                    @Override
                    public void save(WindowSettings w) {
                        record("save settings");
                        settings.save(w);
                    }
                }));
        window.show();
    }

    private void record(String call) {
        calls.add(call + (Platform.isFxApplicationThread() ? " on the FX thread" : ""));
    }

    @Test
    void session_restoreEditThemeAndClose_noFileWorkOnTheFxThread(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(RecoveryAction.RESTORE_BACKUP.label());
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().editor().apply("Rename", d -> d.withProspect(
                TestData.prospect("Acme Corp", StageModel.DISCOVERY))));
        robot.clickOn("#nav-settings");
        robot.clickOn("#" + SettingsView.DARK_ID + " .thumb-area");
        robot.interact(() -> window.close());
        Windows.awaitClosed(stage);
        assertThat(calls).containsExactly("quick to open?", "prospects first?", "open", "restore the newest backup", "save settings", "flush",
                "save settings", "close");
    }

    /** The in-memory storage, noting each call that would be file work in the real one. */
    private final class Recording implements PlannerStorage {
        private final InMemoryStorage delegate;

        Recording(InMemoryStorage delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean quickToOpen() {
            record("quick to open?"); // the real one looks at the files' sizes
            return delegate.quickToOpen();
        }

        @Override
        public boolean readsProspectsFirst() {
            record("prospects first?"); // the real one reads a small journal
            return delegate.readsProspectsFirst();
        }

        @Override
        public Opened open(Progress progress) {
            record("open");
            return delegate.open(progress);
        }

        @Override
        public void saveSoon(PlannerData data) {
            delegate.saveSoon(data); // hands the data to the saver's thread and returns: no file work
        }

        @Override
        public java.util.Optional<String> flush() {
            record("flush");
            return delegate.flush();
        }

        @Override
        public void setSaveListener(Consumer<SaveState> listener) {
            delegate.setSaveListener(listener);
        }

        @Override
        public Opened restoreNewestBackup(Progress progress) {
            record("restore the newest backup");
            return delegate.restoreNewestBackup(progress);
        }

        @Override
        public Opened openReadOnly(Progress progress) {
            record("open read-only");
            return delegate.openReadOnly(progress);
        }

        @Override
        public void close() {
            record("close");
            delegate.close();
        }

        @Override
        public String location() {
            return delegate.location();
        }
    }
}
