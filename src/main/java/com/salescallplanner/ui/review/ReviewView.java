package com.salescallplanner.ui.review;

import static atlantafx.base.theme.Styles.ACCENT;
import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.DateFields;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.StageNameConverter;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** The review page: outcome, objectives met, notes, stage after the call, next step. */
public final class ReviewView implements PageView {
    public static final String SAVE_ID = "review-save";
    public static final String STAGE_ID = "review-stage";
    public static final String NEXT_DATE_ID = "review-next-date";
    public static final String OUTCOME_MEANING_ID = "outcome-meaning";
    public static final String HELD_DATE_ID = "review-held-date";
    public static final String HELD_TIME_ID = "review-held-time";
    public static final String HELD_SOURCE_ID = "review-held-source";

    private final ReviewViewModel vm;
    private final Node root;
    private RadioButton firstOutcome;

    public ReviewView(ReviewViewModel vm) {
        this.vm = vm;
        VBox page = new VBox(16, header(), outcome(), objectives(), notes(), after());
        page.getStyleClass().add(Css.PAGE);
        root = PageLayout.scrolling(page);
    }

    private Node header() {
        Button back = Icons.iconButton(Feather.ARROW_LEFT, "Back to the prospect without saving");
        back.setOnAction(e -> vm.cancel());
        Label title = new Label(vm.title());
        title.getStyleClass().add(TITLE_2);
        Label when = new Label("Planned for " + Formats.window().dateTime(vm.call().start()) + " \u00b7 "
                + Formats.window().minutes(vm.call().duration()));
        when.getStyleClass().add(Css.MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button save = Icons.button("Save review", Feather.CHECK);
        save.setId(SAVE_ID);
        save.getStyleClass().add(ACCENT);
        save.setOnAction(e -> vm.save());
        // Over a limit the message is under the field; Save waits so nothing is refused or lost.
        save.disableProperty().bind(vm.overLimitProperty());
        HBox h = new HBox(10, back, new VBox(4, title, when, held()), grow, save);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add(Css.PAGE_HEADER);
        return h;
    }

    /** When the call really ran: call mode's start, or the planned time the rep may correct. */
    private Node held() {
        DatePicker date = DateFields.picker();
        date.setId(HELD_DATE_ID);
        date.valueProperty().bindBidirectional(vm.held().dateProperty());
        date.setAccessibleText("Date the call ran");
        TextField time = new TextField();
        time.setId(HELD_TIME_ID);
        time.setPrefColumnCount(5);
        time.setPromptText("14:30");
        time.textProperty().bindBidirectional(vm.held().timeProperty());
        time.setAccessibleText("Time the call began");
        Label source = new Label(vm.held().source());
        source.setId(HELD_SOURCE_ID);
        source.getStyleClass().add(Css.HINT);
        source.setWrapText(true);
        Label ran = new Label("Ran on");
        ran.setLabelFor(date);
        Label at = new Label("at");
        at.setLabelFor(time);
        HBox row = new HBox(8, ran, date, at, time, source);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node outcome() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(16);
        for (OutcomeType t : OutcomeType.values()) {
            RadioButton r = new RadioButton(t.displayName());
            r.setId("outcome-" + t.name().toLowerCase());
            r.setToggleGroup(group);
            r.setUserData(t);
            r.setAccessibleText("Outcome: " + t.displayName());
            r.setAccessibleHelp(t.explanation());
            r.setTooltip(new Tooltip(t.explanation()));
            buttons.getChildren().add(r);
            if (firstOutcome == null) {
                firstOutcome = r;
            }
        }
        Runnable showOutcome = () -> group.getToggles().forEach(
                tg -> tg.setSelected(tg.getUserData() == vm.outcomeProperty().get()));
        showOutcome.run();
        vm.outcomeProperty().addListener(obs -> showOutcome.run());
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.outcomeProperty().set((OutcomeType) n.getUserData());
            }
        });
        // What the chosen outcome means, in one line under the choices (each choice's tooltip says
        // its own): a rep new to the method tells an advance from a continuation.
        Label meaning = new Label();
        meaning.setId(OUTCOME_MEANING_ID);
        meaning.getStyleClass().add(Css.MUTED);
        meaning.setWrapText(true);
        meaning.textProperty().bind(Bindings.createStringBinding(() -> vm.outcomeProperty().get() == null ? ""
                : vm.outcomeProperty().get().displayName() + ": " + vm.outcomeProperty().get().explanation(),
                vm.outcomeProperty()));
        Label hint = new Label();
        hint.setId("outcome-hint");
        hint.textProperty().bind(vm.hintProperty());
        hint.getStyleClass().add(Css.HINT);
        hint.setGraphic(Icons.of(Feather.INFO));
        return PageLayout.section("Outcome", buttons, meaning, hint);
    }

    private Node objectives() {
        return PageLayout.section("Objectives met", met(Level.STRETCH), met(Level.CONSERVATIVE));
    }

    private CheckBox met(Level level) {
        Objective o = vm.call().objective(level);
        CheckBox box = new CheckBox(level.displayName() + ": " + (o.isBlank() ? "(none planned)" : o.text()));
        box.setId("review-" + level.id() + "-met");
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(vm.metProperty(level));
        box.setAccessibleText(level.displayName() + " objective met");
        return box;
    }

    private Node notes() {
        TextArea notes = PageLayout.area("What happened, what was agreed", 5);
        notes.setId("review-notes");
        notes.setAccessibleText("Review notes");
        notes.textProperty().bindBidirectional(vm.notesProperty());
        return PageLayout.section("Notes", LimitFeedback.wrap(notes, vm.notesLimit()));
    }

    private Node after() {
        ComboBox<Stage> stage = new ComboBox<>();
        stage.setId(STAGE_ID);
        stage.getItems().setAll(vm.stageChoices());
        stage.valueProperty().bindBidirectional(vm.stageAfterProperty());
        stage.setConverter(StageNameConverter.INSTANCE);
        stage.setAccessibleText("Stage after the call");
        Label stageHint = new Label();
        stageHint.textProperty().bind(vm.stageHintProperty());
        stageHint.getStyleClass().add(Css.HINT);
        HBox stageRow = new HBox(10, stage, stageHint);
        stageRow.setAlignment(Pos.CENTER_LEFT);
        TextField step = PageLayout.field("e.g. Pilot kick-off with their integration team");
        step.textProperty().bindBidirectional(vm.nextStepProperty());
        step.setAccessibleText("Next step");
        DatePicker date = DateFields.picker(vm.exampleDate());
        date.setId(NEXT_DATE_ID);
        date.valueProperty().bindBidirectional(vm.nextStepDateProperty());
        date.setAccessibleText("Date of the next step");
        CheckBox plan = new CheckBox("Plan the next call on that date (a draft to fill in)");
        plan.selectedProperty().bindBidirectional(vm.planNextCallProperty());
        plan.disableProperty().bind(vm.nextStepDateProperty().isNull());
        GridPane g = PageLayout.grid();
        PageLayout.row(g, "Stage after", stageRow);
        step.setId("review-next-step");
        PageLayout.row(g, "Next step", LimitFeedback.wrap(step, vm.nextStepLimit()));
        PageLayout.row(g, "Date", date);
        PageLayout.row(g, "", plan);
        return PageLayout.section("What happens next", g);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusFirst() {
        if (firstOutcome != null) {
            firstOutcome.requestFocus();
        }
    }
}
