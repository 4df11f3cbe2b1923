package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.InMemoryServerSetting;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.ServerSetting;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings > Team: the rep types a team database's URL and the next start will open it. */
@ExtendWith(ApplicationExtension.class)
class TeamSettingsTest {
    private final ServerSetting server = new InMemoryServerSetting("");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(PlannerData.empty()),
                now -> PlannerData.empty(), Clock.systemDefaultZone()).withServer(server));
        window.show();
    }

    @Test
    void settingsTeam_typedUrl_isKeptForTheNextStart(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        assertThat(robot.lookup("#nav-team").queryAs(javafx.scene.Node.class).isVisible())
                .as("no Team page for a rep on a data folder").isFalse();
        robot.clickOn("#nav-settings");
        // The section is at the bottom of the page: focusing the field scrolls to it, as tabbing would.
        robot.interact(() -> robot.lookup("#" + SettingsView.TEAM_URL_ID).queryAs(javafx.scene.Node.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + SettingsView.TEAM_URL_ID).write("postgresql://ana@db.example.com:5432/sales");
        robot.clickOn("#" + SettingsView.TEAM_USE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#" + SettingsView.TEAM_MESSAGE_ID)
                .queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#" + SettingsView.TEAM_MESSAGE_ID).queryAs(Label.class).getText())
                .startsWith("The next start opens postgresql://ana@db.example.com:5432/sales");
        assertThat(server.remembered()).isEqualTo("postgresql://ana@db.example.com:5432/sales");
    }
}
