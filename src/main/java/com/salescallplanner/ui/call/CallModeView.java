package com.salescallplanner.ui.call;

import static atlantafx.base.theme.Styles.ACCENT;
import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.UpfrontContract;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;

import java.time.Clock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;

/**
 * The focused page used during the call: contract and objectives first, big check boxes
 * (keys 1 and 2), notes, and the clock. A Timeline ticks the clock; a pause in typing commits
 * the notes.
 */
public final class CallModeView implements PageView {
    public static final String TIMER_ID = "call-timer";
    public static final String PROMPT_ID = "close-prompt";
    public static final String NOTES_ID = "call-notes";
    public static final String FINISH_ID = "call-finish";
    static final Duration NOTES_PAUSE = Duration.millis(800);

    private final CallModeViewModel vm;
    private final VBox root;
    private final Timeline clockTimeline;
    private final PauseTransition notesPause = new PauseTransition(NOTES_PAUSE);
    private final CheckBox stretchBox;

    public CallModeView(CallModeViewModel vm, Clock clock) {
        this.vm = vm;
        stretchBox = objective(Level.STRETCH, vm.plan().stretch(), "1");
        CheckBox conservativeBox = objective(Level.CONSERVATIVE, vm.plan().conservative(), "2");
        VBox objectives = PageLayout.section("Objectives  (press 1 or 2 to tick)", stretchBox, conservativeBox);
        VBox left = new VBox(16, contract(vm.contract()), objectives, questions());
        left.setPrefWidth(520);
        TextArea notes = PageLayout.area("Notes: what they said, what they committed to, by when", 18);
        notes.setId(NOTES_ID);
        notes.setAccessibleText("Call notes");
        notes.textProperty().bindBidirectional(vm.notesProperty());
        notesPause.setOnFinished(e -> vm.commitNotesWhileTyping());
        notes.textProperty().addListener(obs -> notesPause.playFromStart());
        VBox notesBox = LimitFeedback.wrap(notes, TextLimit.NOTES.named("Call notes"));
        VBox.setVgrow(notesBox, Priority.ALWAYS);
        VBox right = PageLayout.section("Notes", notesBox);
        VBox.setVgrow(notes, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(16, PageLayout.scrolling(left), right);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(12, header(), prompt(), body);
        root.getStyleClass().add(Css.PAGE);
        clockTimeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick(clock.instant())));
        clockTimeline.setCycleCount(Animation.INDEFINITE);
        clockTimeline.play();
    }

    private Node header() {
        Button back = Icons.iconButton(Feather.ARROW_LEFT, "Leave call mode (ticks and notes are kept)");
        back.setOnAction(e -> vm.back());
        Label title = new Label(vm.title());
        title.getStyleClass().add(TITLE_2);
        Label timer = new Label();
        timer.setId(TIMER_ID);
        timer.setGraphic(Icons.of(Feather.CLOCK));
        timer.textProperty().bind(vm.timerProperty());
        timer.getStyleClass().add(Css.CALL_TIMER);
        timer.setAccessibleText("Elapsed time against the planned duration");
        vm.overtimeProperty().addListener((obs, o, n) -> {
            if (n) {
                timer.getStyleClass().add(Css.OVERTIME);
            } else {
                timer.getStyleClass().remove(Css.OVERTIME);
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button finish = Icons.button("Finish and review", Feather.CHECK_SQUARE);
        finish.setId(FINISH_ID);
        finish.getStyleClass().add(ACCENT);
        finish.setOnAction(e -> vm.finish());
        HBox h = new HBox(12, back, title, grow, timer, finish);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add(Css.PAGE_HEADER);
        return h;
    }

    private Node prompt() {
        Label prompt = new Label();
        prompt.setId(PROMPT_ID);
        prompt.setGraphic(Icons.of(Feather.FLAG));
        prompt.setWrapText(true);
        prompt.setMaxWidth(Double.MAX_VALUE);
        prompt.textProperty().bind(vm.closePromptProperty());
        prompt.getStyleClass().add(Css.CLOSE_PROMPT);
        prompt.visibleProperty().bind(vm.closingProperty());
        prompt.managedProperty().bind(prompt.visibleProperty());
        return prompt;
    }

    private CheckBox objective(Level level, Objective o, String key) {
        String text = o.isBlank() ? "(no " + level.id() + " objective planned)" : o.text();
        CheckBox box = new CheckBox(key + "   " + level.displayName() + ": " + text);
        box.setId(level.id() + "-met");
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add(Css.CALL_OBJECTIVE);
        box.selectedProperty().bindBidirectional(vm.metProperty(level));
        box.setAccessibleText(level.displayName() + " objective met: " + text);
        return box;
    }

    private static Node contract(UpfrontContract c) {
        GridPane g = PageLayout.grid();
        addIfSet(g, "Purpose", c.purpose());
        addIfSet(g, "Their agenda", c.theirAgenda());
        addIfSet(g, "Our agenda", c.ourAgenda());
        addIfSet(g, "Time", c.time());
        addIfSet(g, "Outcome", c.expectedOutcome());
        if (c.isEmpty()) {
            Label none = new Label("No up-front contract planned. Agree purpose, agendas, time and outcome now.");
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            return PageLayout.section("Up-front contract", none);
        }
        VBox s = PageLayout.section("Up-front contract", g);
        s.getStyleClass().add(Css.CALL_CONTRACT);
        return s;
    }

    private static void addIfSet(GridPane g, String label, String value) {
        if (!value.isBlank()) {
            Label v = new Label(value);
            v.setWrapText(true);
            PageLayout.row(g, label, v);
        }
    }

    private Node questions() {
        VBox list = new VBox(4);
        for (String q : vm.plan().questions()) {
            Label l = new Label("\u2022 " + q);
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        if (list.getChildren().isEmpty()) {
            Label none = new Label("No questions planned.");
            none.getStyleClass().add(Css.MUTED);
            list.getChildren().add(none);
        }
        return PageLayout.section("Questions", list);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean onKey(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED || e.isShortcutDown() || e.isAltDown()
                || root.getScene() == null || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return false;
        }
        if (e.getCode() == KeyCode.DIGIT1 || e.getCode() == KeyCode.NUMPAD1) {
            vm.toggle(Level.STRETCH);
            return true;
        }
        if (e.getCode() == KeyCode.DIGIT2 || e.getCode() == KeyCode.NUMPAD2) {
            vm.toggle(Level.CONSERVATIVE);
            return true;
        }
        return false;
    }

    @Override
    public boolean canLeave() {
        notesPause.stop();
        vm.commitNotes();
        return true;
    }

    @Override
    public void dispose() {
        clockTimeline.stop();
        notesPause.stop();
        vm.dispose();
    }

    @Override
    public void focusFirst() {
        stretchBox.requestFocus();
    }
}
