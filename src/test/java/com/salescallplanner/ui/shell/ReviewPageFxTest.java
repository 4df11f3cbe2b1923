package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.util.HashSet;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review page, through the real window: what each outcome means. */
@ExtendWith(ApplicationExtension.class)
class ReviewPageFxTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    /** Yesterday at 14:00, planned; call mode never used. */
    private final CallPlan yesterday = TestData.call(acme, TestData.NOW.minusDays(1).withHour(14),
            "Dana brings the CFO to a demo by Friday", "Dana shares last year's figures by Thursday");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        PlannerData data = PlannerData.empty().withProspect(acme).withCall(yesterday);
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(data), n -> PlannerData.empty(),
                TestData.clock()));
        window.show();
    }

    private void openReview(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().navigate(new Page.Review(yesterday.id())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyOutcomeChoice_saysWhatItMeans_underTheChoiceAndInItsTooltip(FxRobot robot) throws Exception {
        openReview(robot);
        Set<String> meanings = new HashSet<>();
        for (OutcomeType t : OutcomeType.values()) {
            String id = "outcome-" + t.name().toLowerCase();
            RadioButton choice = robot.lookup("#" + id).queryAs(RadioButton.class);
            Label meaning = robot.lookup("#" + id + "-meaning").queryAs(Label.class);
            assertThat(meaning.isVisible()).isTrue();
            assertThat(meaning.getText()).isNotBlank();
            // Shown whole (wrapped, not cut to "..."), and the same words in the choice's tooltip.
            assertThat(((Text) meaning.lookup(".text")).getText()).doesNotEndWith("...").doesNotEndWith("\u2026");
            assertThat(meaning.getHeight()).isGreaterThanOrEqualTo(meaning.prefHeight(meaning.getWidth()) - 0.5);
            assertThat(choice.getTooltip().getText()).isEqualTo(meaning.getText());
            meanings.add(meaning.getText());
        }
        assertThat(meanings).as("four different explanations").hasSize(4);
        assertThat(robot.lookup("#outcome-advance-meaning").queryAs(Label.class).getText())
                .contains("committed to a specific action");
        assertThat(robot.lookup("#outcome-continuation-meaning").queryAs(Label.class).getText())
                .contains("committed to nothing specific");
    }
}
