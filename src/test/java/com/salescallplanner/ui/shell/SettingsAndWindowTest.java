package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.port.InMemorySettingsStore;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.WindowSettings;

import javafx.application.Application;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The theme switch and the remembered window size. */
@ExtendWith(ApplicationExtension.class)
class SettingsAndWindowTest {
    private final SettingsStore settings = new InMemorySettingsStore();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        settings.save(WindowSettings.DEFAULTS.withBounds(Double.NaN, Double.NaN, 1000, 700, false));
        window = new MainWindow(s, TestServices.inMemory(new InMemoryStorage(PlannerData.empty()),
                n -> PlannerData.empty(), TestData.clock()).withSettings(settings));
        window.show();
    }

    @Test
    void darkSwitch_appliesTheDarkThemeAndIsRemembered(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        assertThat(stage.getWidth()).isEqualTo(1000);
        robot.clickOn("#nav-settings");
        robot.clickOn("#" + SettingsView.DARK_ID + " .thumb-area");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings.load().dark()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(true));
        assertThat(settings.load().dark()).isTrue();
        robot.interact(() -> stage.setWidth(1111));
        robot.interact(() -> window.close());
        Windows.awaitClosed(stage);
        assertThat(settings.load().width()).isEqualTo(1111);
        assertThat(settings.load().dark()).isTrue();
    }
}
