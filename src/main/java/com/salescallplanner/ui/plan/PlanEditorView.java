package com.salescallplanner.ui.plan;

import static atlantafx.base.theme.Styles.ACCENT;
import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.CallExportMenu;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.DateFields;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.settings.FocusScroller;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** The plan editor page: schedule, objectives with live findings, up-front contract, questions. */
public final class PlanEditorView implements PageView {
    public static final String READINESS_ID = "plan-readiness";
    public static final String SAVE_ID = "plan-save";
    public static final String START_ID = "plan-start";

    private final PlanEditorViewModel vm;
    private final VBox page;
    private final ObjectiveEditor stretch;
    private final ScrollPane root;

    private final CallExportMenu exports;

    /** @param exports makes the "Export" menu, which saves the plan first */
    public PlanEditorView(PlanEditorViewModel vm, CallExportMenu exports) {
        this.vm = vm;
        this.exports = exports;
        stretch = new ObjectiveEditor(vm.objective(Level.STRETCH), vm.examples(), vm::useExample);
        ObjectiveEditor conservative = new ObjectiveEditor(vm.objective(Level.CONSERVATIVE), vm.examples(),
                vm::useExample);
        FindingList planFindings = new FindingList(vm.planFindings());
        planFindings.setId("plan-findings");
        page = new VBox(16, header(), readiness(), planFindings, schedule(), stretch, conservative, contract(),
                questions());
        page.getStyleClass().add(Css.PAGE);
        root = PageLayout.scrolling(page);
        FocusScroller.follow(root); // the page is taller than the window: keep the focused field in view
    }

    private Node header() {
        Button back = Icons.iconButton(Feather.ARROW_LEFT, "Back to the prospect");
        back.setOnAction(e -> vm.cancel());
        Label title = new Label(vm.title());
        title.getStyleClass().add(TITLE_2);
        title.setWrapText(true); // a long company name wraps rather than losing its end
        Label stage = new Label("Stage: " + vm.stageName());
        stage.getStyleClass().add(Css.MUTED);
        Button save = Icons.button("Save", Feather.SAVE);
        save.setId(SAVE_ID);
        save.setOnAction(e -> vm.saveAndClose());
        Button start = Icons.button("Save and start call", Feather.PHONE_CALL);
        start.setId(START_ID);
        start.getStyleClass().add(ACCENT);
        start.setOnAction(e -> vm.saveAndStart());
        VBox heading = new VBox(2, title, stage);
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Node export = exports.menuFor(vm::save);
        for (Node n : new Node[] {export, save, start}) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox h = new HBox(10, back, heading, export, save, start);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add(Css.PAGE_HEADER);
        return h;
    }

    private Node readiness() {
        Label l = new Label();
        l.setId(READINESS_ID);
        l.setWrapText(true);
        l.textProperty().bind(vm.readinessProperty());
        l.getStyleClass().add(Css.READINESS);
        Runnable style = () -> {
            l.getStyleClass().removeAll(Css.READY, Css.NOT_READY, Css.MUTED);
            boolean calm = vm.untouchedProperty().get() && !vm.readyProperty().get();
            l.getStyleClass().add(vm.readyProperty().get() ? Css.READY : calm ? Css.MUTED : Css.NOT_READY);
            l.setGraphic(Icons.of(vm.readyProperty().get() ? Feather.CHECK_CIRCLE : calm ? Feather.EDIT_3
                    : Feather.X_CIRCLE));
        };
        vm.readyProperty().addListener(obs -> style.run());
        vm.untouchedProperty().addListener(obs -> style.run());
        style.run();
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Node schedule() {
        DatePicker date = DateFields.picker(vm.exampleDate());
        date.setId("plan-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setAccessibleText("Date of the call");
        TextField time = new TextField();
        time.setId("plan-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(vm.timeProperty());
        time.setAccessibleText("Start time, e.g. 14:30");
        ScheduleModel schedule = vm.schedule();
        TextField minutes = new TextField();
        minutes.setId("plan-minutes");
        minutes.setPrefColumnCount(4);
        minutes.setAccessibleText("Duration in minutes, " + ScheduleModel.MIN_MINUTES + " to " + ScheduleModel.MAX_MINUTES);
        minutes.textProperty().bindBidirectional(schedule.minutesTextProperty());
        Label minutesError = new Label();
        minutesError.setId("plan-minutes-error");
        minutesError.setWrapText(true);
        minutesError.getStyleClass().add(Css.FINDING_ERROR);
        minutesError.textProperty().bind(schedule.minutesErrorProperty());
        minutesError.visibleProperty().bind(minutesError.textProperty().isNotEmpty());
        minutesError.managedProperty().bind(minutesError.visibleProperty());
        HBox when = new HBox(8, date, new Label("at"), time, new Label("for"), minutes, new Label("minutes"));
        when.setAlignment(Pos.CENTER_LEFT);

        FlowPane people = new FlowPane(12, 6);
        for (ScheduleModel.AttendeeChoice c : vm.contacts()) {
            CheckBox box = new CheckBox(c.label());
            box.selectedProperty().bindBidirectional(c.selected());
            people.getChildren().add(box);
        }
        if (vm.contacts().isEmpty()) {
            Label none = new Label("No contacts yet: add them on the prospect, or type names below.");
            none.getStyleClass().add(Css.MUTED);
            people.getChildren().add(none);
        }
        TextField others = PageLayout.field("Other attendees, separated by commas");
        others.setId("plan-other-attendees");
        others.textProperty().bindBidirectional(vm.otherAttendeesProperty());
        GridPane g = PageLayout.grid();
        PageLayout.row(g, "When", new VBox(4, when, minutesError));
        PageLayout.row(g, "Attendees", people);
        PageLayout.row(g, "Others", LimitFeedback.wrap(others, vm.otherAttendeesLimit()));
        return PageLayout.section("The call", g);
    }

    private Node contract() {
        ContractModel c = vm.contract();
        GridPane g = PageLayout.grid();
        PageLayout.row(g, "Purpose", bound(PageLayout.field("Why we meet"), c.purposeProperty(), "Purpose"));
        PageLayout.row(g, "Their agenda", bound(FormKeys.install(PageLayout.area("What they want to cover", 2)),
                c.theirAgendaProperty(), "Their agenda"));
        PageLayout.row(g, "Our agenda", bound(FormKeys.install(PageLayout.area("What we want to cover", 2)),
                c.ourAgendaProperty(), "Our agenda"));
        PageLayout.row(g, "Time", bound(PageLayout.field("e.g. 30 minutes, ending at 10:30"), c.timeProperty(), "Time"));
        PageLayout.row(g, "Expected outcome", bound(PageLayout.field("e.g. a decision on a pilot; \"no\" is fine too"),
                c.expectedOutcomeProperty(), "Expected outcome"));
        return PageLayout.section("Up-front contract", g);
    }

    /** A contract field bound to its property, with the limit the domain's UpfrontContract checks. */
    private static Node bound(javafx.scene.control.TextInputControl field, javafx.beans.property.StringProperty p,
                              String name) {
        field.textProperty().bindBidirectional(p);
        return LimitFeedback.wrap(field, TextLimit.LONG_TEXT.named(name));
    }

    private Node questions() {
        TextArea q = FormKeys.install(PageLayout.area("One question per line (" + FormKeys.NEW_LINE_KEYS
                + " for the next)", 4));
        q.setId("plan-questions");
        q.setAccessibleText("Questions to ask");
        q.textProperty().bindBidirectional(vm.questionsProperty());
        return PageLayout.section("Questions", LimitFeedback.wrap(q, vm.questionsLimit()));
    }

    @Override
    public Node node() {
        return root;
    }

    /** Shortcut+Enter here saves this plan and starts its call. */
    @Override
    public boolean onKey(KeyEvent e) {
        if (START_KEYS.match(e)) {
            vm.saveAndStart();
            return true;
        }
        return false;
    }

    private static final KeyCombination START_KEYS = KeyCatalogue.START_CALL.first();

    @Override
    public boolean canLeave() {
        return vm.canLeave();
    }

    @Override
    public void focusFirst() {
        stretch.focusText();
    }

    public PlanEditorViewModel viewModel() {
        return vm;
    }
}
