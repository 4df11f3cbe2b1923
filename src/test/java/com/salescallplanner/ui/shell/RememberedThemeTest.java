package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.WindowSettings;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep who left the planner dark finds it dark, in the size they left, without a write at start. */
@ExtendWith(ApplicationExtension.class)
class RememberedThemeTest {
    private final AtomicInteger writes = new AtomicInteger();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        WindowSettings left = WindowSettings.DEFAULTS.withDark(true).withBounds(30, 40, 1100, 720, false);
        window = new MainWindow(s, TestServices.inMemory(new InMemoryStorage(PlannerData.empty()),
                n -> PlannerData.empty(), TestData.clock()).withSettings(new SettingsStore() {
                    @Override
                    public WindowSettings load() {
                        return left;
                    }

                    @Override
                    public void save(WindowSettings w) {
                        writes.incrementAndGet();
                    }
                }));
        window.show();
    }

    @Test
    void start_withDarkRemembered_isDarkAtItsSizeAndWritesNothing(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(true));
        assertThat(window.viewModel().darkProperty().get()).isTrue();
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
        assertThat(writes).hasValue(0);
    }
}
