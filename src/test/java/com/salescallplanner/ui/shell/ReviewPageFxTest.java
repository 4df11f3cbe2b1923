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
import com.salescallplanner.ui.review.ReviewView;

import java.util.HashSet;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review page, through the real window: what each outcome means, and when the call ran. */
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
    void everyOutcomeChoice_saysWhatItMeans_inItsTooltip_andTheChosenOneUnderTheChoices(FxRobot robot)
            throws Exception {
        openReview(robot);
        Set<String> meanings = new HashSet<>();
        Label meaning = robot.lookup("#" + ReviewView.OUTCOME_MEANING_ID).queryAs(Label.class);
        for (OutcomeType t : OutcomeType.values()) {
            RadioButton choice = robot.lookup("#outcome-" + t.name().toLowerCase()).queryAs(RadioButton.class);
            String tip = choice.getTooltip().getText();
            assertThat(tip).isNotBlank();
            meanings.add(tip);
            robot.clickOn(choice);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(meaning.isVisible()).isTrue();
            assertThat(meaning.getText()).isEqualTo(t.displayName() + ": " + tip);
            // Shown whole, not cut to "...".
            assertThat(((Text) meaning.lookup(".text")).getText()).doesNotEndWith("...").doesNotEndWith("\u2026");
        }
        assertThat(meanings).as("four different explanations").hasSize(4);
        assertThat(robot.lookup("#outcome-advance").queryAs(RadioButton.class).getTooltip().getText())
                .contains("committed to a specific action");
        assertThat(robot.lookup("#outcome-continuation").queryAs(RadioButton.class).getTooltip().getText())
                .contains("committed to nothing specific");
    }

    @Test
    void theReview_showsWhenTheCallRan_andTheCallHistoryShowsTheTimeGiven(FxRobot robot) throws Exception {
        openReview(robot);
        assertThat(robot.lookup("#" + ReviewView.HELD_TIME_ID).queryAs(TextField.class).getText()).isEqualTo("14:00");
        assertThat(robot.lookup("#" + ReviewView.HELD_SOURCE_ID).queryAs(Label.class).getText())
                .contains("Call mode was not used");
        robot.doubleClickOn("#" + ReviewView.HELD_TIME_ID);
        KeyboardStoryTest.write(robot, "14:25");
        robot.clickOn("#" + ReviewView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
        assertThat(robot.lookup((Labeled l) -> l.getText() != null && l.getText().contains("14:25 (planned ")
                && l.getText().contains("14:00)")).tryQuery()).as("the call history shows when the call ran").isPresent();
    }
}
