package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.detail.ProspectDetailView;
import com.salescallplanner.ui.plan.PlanEditorView;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.review.ReviewView;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rep's day with the keyboard alone: not one mouse event, only keys (issue 14). Each step
 * reaches its control with Tab / Shift+Tab, the shortcuts or the page's own keys.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardStoryTest {
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
    private MainWindow window;
    private Stage stage;

    /** Every mouse, drag or scroll event the window or a dialog of it receives during the story. */
    private final List<String> pointerEvents = new CopyOnWriteArrayList<>();
    private final ListChangeListener<Window> newWindows = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::watchPointer);
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The window and every dialog opened later: the story must not need a mouse.
        watchPointer(stage);
        Window.getWindows().addListener(newWindows);
        Clock clock = Clock.fixed(MainWindowStoryTest.NOW.toInstant(), MainWindowStoryTest.NOW.getZone());
        window = new MainWindow(stage, TestServices.inMemory(storage, now -> PlannerData.empty(), clock));
        window.show();
    }

    @AfterEach
    void stopWatching() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Window.getWindows().removeListener(newWindows));
    }

    private void watchPointer(Window w) {
        EventHandler<Event> record = e -> pointerEvents.add(e.getEventType() + " in "
                + (w instanceof Stage s ? s.getTitle() : w.getClass().getSimpleName()));
        w.addEventFilter(MouseEvent.ANY, record);
        w.addEventFilter(DragEvent.ANY, record);
        w.addEventFilter(ScrollEvent.ANY, record);
    }

    private PlannerData data() {
        return window.workspace().data();
    }

    private Prospect acme() {
        return data().prospects().stream().filter(p -> p.company().equals("Acme Logistics")).findFirst().orElseThrow();
    }

    private Page page() {
        return window.viewModel().pageProperty().get();
    }

    static void keys(FxRobot robot, KeyCode... combination) {
        robot.press(combination);
        for (int i = combination.length - 1; i >= 0; i--) {
            robot.release(combination[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types the text into the focused field of the topmost window (TestFX writes into its
     * target window, which a click would otherwise choose).
     */
    static void write(FxRobot robot, String text) {
        List<javafx.stage.Window> windows = robot.listWindows();
        robot.targetWindow(windows.get(windows.size() - 1));
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Node focusOwner(FxRobot robot) {
        return robot.window(0).getScene().getFocusOwner();
    }

    /** Whether the focus is on the node with the id, or inside it (a date picker's text field). */
    static Predicate<Node> within(String id) {
        return n -> {
            for (Node at = n; at != null; at = at.getParent()) {
                if (id.equals(at.getId())) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Presses Tab (Shift+Tab when {@code back}) until the focus is where wanted, through text
     * areas too (Tab leaves them). Fails after 60 presses.
     */
    static void tabTo(FxRobot robot, Predicate<Node> wanted, boolean back) {
        for (int i = 0; i < 60 && !wanted.test(focusOwner(robot)); i++) {
            if (back) {
                keys(robot, KeyCode.SHIFT, KeyCode.TAB);
            } else {
                keys(robot, KeyCode.TAB);
            }
        }
        assertThat(focusOwner(robot)).matches(wanted, "the focus reached the wanted control");
    }

    @Test
    void repsDay_withTheKeyboardAlone(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);

        // Add a prospect: Shortcut+N, type, Enter
        keys(robot, KeyCode.SHORTCUT, KeyCode.N);
        write(robot, "Acme Logistics");
        keys(robot, KeyCode.ENTER);
        assertThat(data().prospects()).extracting(Prospect::company).containsExactly("Acme Logistics");
        assertThat(page()).isEqualTo(new Page.ProspectDetail(acme().id()));

        // Set its stage: back to the stage box, Down until Evaluation
        WaitForAsyncUtils.waitForFxEvents();
        tabTo(robot, within(ProspectDetailView.STAGE_ID), true);
        for (int i = 0; i < 6 && !acme().stageId().equals(StageModel.EVALUATION); i++) {
            keys(robot, KeyCode.DOWN);
        }
        assertThat(acme().stageId()).isEqualTo(StageModel.EVALUATION);

        // Plan a call: Shortcut+P, type both objectives, Shortcut+Enter saves and starts call mode
        keys(robot, KeyCode.SHORTCUT, KeyCode.P);
        assertThat(page()).isEqualTo(new Page.PlanEditor(acme().id(), null));
        tabTo(robot, within("stretch-objective"), false);
        write(robot, "The CIO commits the integration team to a pilot by June 1");
        tabTo(robot, within("conservative-objective"), false);
        write(robot, "Ravi sends us the process documentation by Friday");
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.SHORTCUT, KeyCode.ENTER);
        CallPlan call = data().callsOf(acme().id()).get(0);
        assertThat(page()).isEqualTo(new Page.CallMode(call.id()));

        // Tick the stretch objective with 1, then Finish and review
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.DIGIT1);
        assertThat(data().call(call.id()).orElseThrow().progress().stretchMet()).isTrue();
        tabTo(robot, within(CallModeView.FINISH_ID), true);
        keys(robot, KeyCode.SPACE);
        assertThat(page()).isEqualTo(new Page.Review(call.id()));

        // Review: the next step's date, plan the next call (ticked by default), save
        WaitForAsyncUtils.waitForFxEvents();
        tabTo(robot, within(ReviewView.NEXT_DATE_ID), false);
        write(robot, "10 Mar 2025");
        keys(robot, KeyCode.TAB);
        assertThat(robot.lookup("#" + ReviewView.NEXT_DATE_ID).queryAs(DatePicker.class).getValue())
                .hasToString("2025-03-10");
        tabTo(robot, within(ReviewView.SAVE_ID), false);
        keys(robot, KeyCode.SPACE);
        List<CallPlan> calls = data().callsOf(acme().id());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).isReviewed()).isTrue();
        CallPlan draft = calls.get(1);
        assertThat(draft.date()).hasToString("2025-03-10");

        // Plan the next call: Shortcut+P asks, Enter opens the drafted call instead of a second one
        keys(robot, KeyCode.SHORTCUT, KeyCode.P);
        keys(robot, KeyCode.ENTER);
        assertThat(page()).isEqualTo(new Page.PlanEditor(acme().id(), draft.id()));
        WaitForAsyncUtils.waitForFxEvents();
        tabTo(robot, within("stretch-objective"), false);
        write(robot, "The CFO signs the pilot order by March 31");
        tabTo(robot, within(PlanEditorView.SAVE_ID), false);
        keys(robot, KeyCode.SPACE);
        assertThat(data().callsOf(acme().id())).hasSize(2);
        assertThat(data().call(draft.id()).orElseThrow().stretch().text()).startsWith("The CFO signs");

        // Move the card on the board: Shortcut+3, the card's column has the focus, Shortcut+Right
        StageId before = acme().stageId();
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT3);
        assertThat(page()).isEqualTo(new Page.Home(Section.PIPELINE));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> within("column-" + before).test(focusOwner(robot)));
        keys(robot, KeyCode.SHORTCUT, KeyCode.RIGHT);
        assertThat(acme().stageId()).isNotEqualTo(before);

        // Open the reports: Shortcut+4
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT4);
        assertThat(page()).isEqualTo(new Page.Home(Section.REPORTS));
        assertThat(robot.lookup("#hit-rate-table").tryQuery()).isPresent();

        assertThat(pointerEvents).as("mouse, drag or scroll events during the story").isEmpty();
    }
}
