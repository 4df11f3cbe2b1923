package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemorySettingsStore;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.WindowSettings;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hit-rate chart's series read in the dark theme and the light one: each bar's colour, as
 * drawn, has at least 3:1 contrast with what is behind it (WCAG's figure for graphics).
 */
@ExtendWith(ApplicationExtension.class)
class ChartColoursFxTest {
    private static final String[] SERIES = {"Stretch met", "Conservative met", "Advance"};
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Prospect globex = TestData.prospect("Globex", StageModel.EVALUATION);
        CallPlan reviewed = TestData.call(globex, TestData.NOW.minusDays(7),
                "The CIO commits a team to a pilot by March 20", "Ravi sends the requirements by Friday")
                .withOutcome(new CallOutcome(OutcomeType.ADVANCE, true, true, "", StageModel.EVALUATION, null,
                        TestData.NOW.toLocalDate().minusDays(7)));
        InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(globex).withCall(reviewed));
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.save(WindowSettings.DEFAULTS.withDark(true));
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> PlannerData.empty(), TestData.clock())
                .withSettings(settings));
        window.show();
    }

    @Test
    void everySeries_standsOutFromTheChart_inTheDarkThemeAndTheLight(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().show(Section.REPORTS));
        assertContrast(robot, "dark");
        robot.interact(() -> window.viewModel().darkProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertContrast(robot, "light");
    }

    private static void assertContrast(FxRobot robot, String theme) throws Exception {
        for (int i = 0; i < SERIES.length; i++) {
            String query = ".report-chart .default-color" + i + ".chart-bar";
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .filter(Node::isVisible).isPresent());
            // A bar of this window's chart (one attached to a scene that shows) whose fill and backgrounds
            // have come with a CSS pass, looked up afresh each time: that pass may follow the bars (after the
            // theme switch, under load), and a recomputed chart replaces its bars, so one found earlier may
            // never get them (two failed runs).
            Region[] found = new Region[1];
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                found[0] = robot.lookup(query).queryAllAs(Region.class).stream().filter(Region::isVisible)
                        .filter(b -> b.getScene() != null && b.getScene().getWindow() != null
                                && b.getScene().getWindow().isShowing())
                        .filter(b -> fillOf(b).isPresent() && findBackgroundBehind(b.getParent()).isPresent())
                        .findFirst().orElse(null);
                return found[0] != null;
            });
            Region bar = found[0];
            assertThat(bar).as("bars of %s", SERIES[i]).isNotNull();
            Color behind = backgroundBehind(bar.getParent());
            Color fill = over(fillOf(bar).orElseThrow(), behind);
            assertThat(contrast(fill, behind)).as("%s in the %s theme: %s on %s", SERIES[i], theme, fill, behind)
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    /** The first opaque background fill from the node up (the chart's plot area, else the page). */
    private static Color backgroundBehind(Parent from) {
        return findBackgroundBehind(from).orElseThrow(() -> new AssertionError("no opaque background behind the chart"));
    }

    private static Optional<Color> findBackgroundBehind(Parent from) {
        for (Parent p = from; p != null; p = p.getParent()) {
            if (p instanceof Region r) {
                Optional<Color> c = fillOf(r);
                if (c.isPresent() && c.get().getOpacity() > 0.99) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Color> fillOf(Region r) {
        Background b = r.getBackground();
        if (b == null) {
            return Optional.empty();
        }
        return b.getFills().stream().map(BackgroundFill::getFill).filter(Color.class::isInstance)
                .map(Color.class::cast).filter(c -> c.getOpacity() > 0).reduce((a, top) -> top);
    }

    /** A translucent colour as drawn over the background. */
    private static Color over(Color c, Color bg) {
        double a = c.getOpacity();
        return Color.color(c.getRed() * a + bg.getRed() * (1 - a), c.getGreen() * a + bg.getGreen() * (1 - a),
                c.getBlue() * a + bg.getBlue() * (1 - a));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
