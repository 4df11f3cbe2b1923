package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static com.salescallplanner.ui.shell.KeyboardStoryTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.review.ReviewView;

import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long input in the real window: a company name over the limit keeps the dialog and the text,
 * says why under the field with a counter, and every message stays on screen; a name in emoji,
 * CJK and Arabic is added and shown in the list.
 */
@ExtendWith(ApplicationExtension.class)
class LongInputFxTest {
    /** A rocket, Tokyo Seimitsu in kanji, "Horizon company" in Arabic. */
    private static final String WORLD_NAME = "\uD83D\uDE80 東京精密 شركة الأفق";
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme));
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = Windows.showing(stage, storage);
    }

    private static void assertOnScreen(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
    }

    private PlannerData data() {
        return window.viewModel().workspace().data();
    }

    @Test
    void companyOverTheLimit_keepsDialogAndText_saysWhyOnScreen_thenAShortenedNameIsAdded(FxRobot robot)
            throws Exception {
        Windows.awaitLoaded(window);
        robot.clickOn("New prospect");
        WaitForAsyncUtils.waitForFxEvents();
        TextField company = robot.lookup("#form-company").queryAs(TextField.class);
        String pasted = "Acme Logistics ".repeat(333) + "Ltd"; // 4,998 characters, as if pasted
        robot.interact(() -> {
            company.setText(pasted);
            company.end();
        });
        write(robot, "!!");
        assertThat(company.getText()).hasSize(5_000);

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        Label message = robot.lookup("#form-company-limit").queryAs(Label.class);
        assertThat(ok.isDisabled()).isTrue();
        assertThat(message.getText()).isEqualTo("Company is too long: 5,000 characters, at most 200 allowed.");
        assertThat(message.isVisible()).isTrue();
        assertThat(robot.lookup("#form-company-counter").queryAs(Label.class).getText()).isEqualTo("5000/200");
        assertThat(company.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertOnScreen(message);
        assertOnScreen(ok);

        keys(robot, KeyCode.ENTER); // refused: nothing closes, nothing is lost
        assertThat(robot.listWindows()).hasSize(2);
        assertThat(company.getText()).hasSize(5_000);
        assertThat(data().prospects()).hasSize(1);

        robot.interact(() -> company.setText(WORLD_NAME));
        assertThat(ok.isDisabled()).isFalse();
        assertThat(message.isVisible()).isFalse();
        assertThat(company.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(data().prospects()).extracting(Prospect::company).contains(WORLD_NAME);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.viewModel().showProspects());
        List<Labeled> cells = robot.lookup((Node n) -> n instanceof Labeled l && WORLD_NAME.equals(l.getText()))
                .queryAllAs(Labeled.class).stream().toList();
        assertThat(cells).as("the list shows the name as typed").isNotEmpty();
    }

    @Test
    void planObjectiveOverTheLimit_saysSoUnderTheField_andSavingKeepsTheText(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().planCall(acme.id()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea stretch = robot.lookup("#stretch-objective")
                .queryAs(javafx.scene.control.TextArea.class);
        Label counter = robot.lookup("#stretch-objective-counter").queryAs(Label.class);
        Label message = robot.lookup("#stretch-objective-limit").queryAs(Label.class);
        assertThat(counter.getParent().isVisible()).isFalse(); // nothing to say yet
        String text = "The CIO commits the integration team to a pilot. ".repeat(20) + "It starts on 12 May."; // 1,000
        robot.interact(() -> {
            stretch.setText(text);
            stretch.end();
        });
        assertThat(counter.getText()).isEqualTo("1000/1000");
        assertThat(counter.getParent().isVisible()).isTrue();
        assertThat(message.isVisible()).isFalse();
        robot.clickOn(stretch);
        write(robot, "x");
        assertThat(message.getText()).isEqualTo("Stretch objective is too long: 1,001 characters, at most 1,000 allowed.");
        assertThat(message.isVisible()).isTrue();
        assertOnScreen(message);

        robot.clickOn("#" + com.salescallplanner.ui.plan.PlanEditorView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getContentText()).isEqualTo(message.getText());
        keys(robot, KeyCode.ENTER);
        assertThat(data().calls()).isEmpty();
        assertThat(stretch.getText()).hasSize(1_001);
    }

    @Test
    void prospectNotesOverTheLimit_sayWhyUnderTheField_noErrorWhenLeft_andLeavingAsksFirst(FxRobot robot)
            throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().showProspect(acme.id()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea notes = robot.lookup("#prospect-notes")
                .queryAs(javafx.scene.control.TextArea.class);
        String pasted = "Budget signed off by the CFO. ".repeat(333) + "Pilot in May"; // 10,002
        robot.interact(() -> {
            notes.setText(pasted);
            notes.end();
        });
        robot.clickOn(notes);
        write(robot, "!");
        Label message = robot.lookup("#prospect-notes-limit").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Notes is too long: 10,003 characters, at most 10,000 allowed.");
        assertThat(message.isVisible()).isTrue();
        assertThat(robot.lookup("#prospect-notes-counter").queryAs(Label.class).getText()).isEqualTo("10003/10000");
        assertThat(notes.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertOnScreen(message);

        keys(robot, KeyCode.CONTROL, KeyCode.TAB); // the notes lose the focus
        assertThat(notes.isFocused()).isFalse();
        assertThat(robot.listWindows()).as("no error dialog").hasSize(1);
        assertThat(notes.getText()).hasSize(10_003);
        assertThat(data().prospect(acme.id()).orElseThrow().notes()).isEmpty();

        Platform.runLater(() -> window.viewModel().showProspects()); // leaving asks (a modal); Escape stays
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).startsWith(message.getText());
        keys(robot, KeyCode.ESCAPE);
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
        assertThat(notes.getText()).hasSize(10_003);

        robot.interact(() -> notes.setText(notes.getText().substring(0, 10_000)));
        assertThat(message.isVisible()).isFalse();
        assertThat(notes.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        robot.clickOn(notes);
        keys(robot, KeyCode.CONTROL, KeyCode.TAB);
        assertThat(data().prospect(acme.id()).orElseThrow().notes()).hasSize(10_000);
    }

    @Test
    void ladderExampleOverTheLimit_leavingSettingsAsks_escapeStays_leaveKeepsTheSavedExamples(FxRobot robot)
            throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().show(Section.SETTINGS));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea examples = robot.lookup("#rung-examples-sign")
                .queryAs(javafx.scene.control.TextArea.class);
        List<String> stored = data().ladder().rung(com.salescallplanner.domain.CommitmentKind.SIGN).examples();
        String typed = "The CFO signs by Friday\n" + "Procurement issues the PO ".repeat(9);
        robot.interact(() -> examples.setText(typed));

        Platform.runLater(() -> window.viewModel().show(Section.PROSPECTS)); // leaving asks; Escape stays
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).startsWith("Example on line 2 is too long");
        keys(robot, KeyCode.ESCAPE);
        assertThat(window.viewModel().pageProperty().get().section()).isEqualTo(Section.SETTINGS);
        assertThat(examples.getText()).isEqualTo(typed);

        Platform.runLater(() -> window.viewModel().show(Section.PROSPECTS));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Leave without saving the examples");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().pageProperty().get().section()).isEqualTo(Section.PROSPECTS);
        assertThat(robot.listWindows()).as("no error dialog").hasSize(1);
        assertThat(data().ladder().rung(com.salescallplanner.domain.CommitmentKind.SIGN).examples()).isEqualTo(stored);
    }

    @Test
    void reviewNextStepOverTheLimit_saysSoUnderTheField_saveWaits_thenSavesOnceShortened(FxRobot robot)
            throws Exception {
        Windows.awaitLoaded(window);
        CallPlan call = TestData.call(acme, TestData.NOW.minusHours(2), "The CIO commits to a pilot", "");
        robot.interact(() -> {
            window.viewModel().workspace().apply("Plan a call", d -> d.withCall(call));
            window.viewModel().reviewCall(call.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField step = robot.lookup("#review-next-step").queryAs(TextField.class);
        Button save = robot.lookup("#" + ReviewView.SAVE_ID).queryAs(Button.class);
        String text = "Pilot kick-off with their integration team and the CFO. ".repeat(7); // 392
        robot.interact(() -> {
            step.setText(text);
            step.end();
        });
        Label counter = robot.lookup("#review-next-step-counter").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("392/400");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(step);
        write(robot, "on 12 May");
        Label message = robot.lookup("#review-next-step-limit").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Next step is too long: 401 characters, at most 400 allowed.");
        assertThat(message.isVisible()).isTrue();
        assertOnScreen(message);
        assertThat(save.isDisabled()).as("Save waits, with the reason under the field").isTrue();

        robot.clickOn(save); // disabled: nothing happens, nothing is lost
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(data().call(call.id()).orElseThrow().isReviewed()).isFalse();
        assertThat(step.getText()).hasSize(401);

        robot.clickOn(step);
        keys(robot, KeyCode.END);
        keys(robot, KeyCode.BACK_SPACE);
        assertThat(save.isDisabled()).isFalse();
        assertThat(message.isVisible()).isFalse();
        robot.clickOn("#outcome-continuation");
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data().call(call.id()).orElseThrow().isReviewed()).isTrue();
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
    }

    @Test
    void errorQuotingAHugeName_staysOnScreen(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        DialogService dialogs = new FxDialogService(() -> stage);
        String huge = "X".repeat(5_000);
        Platform.runLater(() -> dialogs.showError("Cannot add " + huge, "The name " + huge + " cannot be used."));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText().length()).isLessThanOrEqualTo(80);
        assertThat(pane.getContentText()).startsWith("The name XXX").endsWith("cannot be used.");
        Window dialog = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertOnScreen(pane.lookupButton(ButtonType.OK));
        keys(robot, KeyCode.ENTER);
        assertThat(robot.listWindows()).hasSize(1);
    }
}
