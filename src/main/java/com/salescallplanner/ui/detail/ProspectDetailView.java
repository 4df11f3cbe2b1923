package com.salescallplanner.ui.detail;

import static atlantafx.base.theme.Styles.ACCENT;
import static atlantafx.base.theme.Styles.TEXT_MUTED;
import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.CallExportMenu;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.StageNameConverter;
import com.salescallplanner.ui.prospects.AttentionFlags;

import java.util.List;
import java.util.Map;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** The prospect page: header with stage and flags, calls, contacts, history, MEDDPICC, notes. */
public final class ProspectDetailView implements PageView {
    public static final String STAGE_ID = "prospect-stage";
    public static final String PLAN_ID = "prospect-plan-call";
    public static final String CALLS_ID = "prospect-calls";

    private final ProspectDetailViewModel vm;
    private final Node root;
    private final Label title = new Label();
    private final Label deal = new Label();
    private final HBox flags = new HBox(6);
    private final Label strandedWhy = new Label();
    private final VBox calls = new VBox(8);
    private final VBox contacts = new VBox(6);
    private final VBox history = new VBox(2);
    private Button planButton;

    private final CallExportMenu exports;

    /** @param exports makes each planned call's "Export" menu */
    public ProspectDetailView(ProspectDetailViewModel vm, CallExportMenu exports) {
        this.vm = vm;
        this.exports = exports;
        HBox columns = new HBox(16);
        VBox left = new VBox(16, callsSection(), PageLayout.section("Notes", notes()));
        VBox right = new VBox(16, contactsSection(), PageLayout.section("Stage history", history), meddpicc());
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setPrefWidth(560);
        right.setPrefWidth(400);
        columns.getChildren().addAll(left, right);
        // The stranded reason gets a line of its own under the header: in the header it squeezed
        // the stage box and "Plan a call" to "St..." and "Plan a ...".
        strandedWhy.setId("stranded-why");
        strandedWhy.getStyleClass().add(TEXT_MUTED);
        strandedWhy.setWrapText(true);
        strandedWhy.managedProperty().bind(strandedWhy.visibleProperty());
        VBox page = new VBox(16, new VBox(4, header(), strandedWhy), columns);
        page.getStyleClass().add(Css.PAGE);
        root = PageLayout.scrolling(page);
        vm.prospectProperty().addListener(obs -> showProspect());
        vm.calls().addListener((ListChangeListener<CallPlan>) c -> showCalls());
        vm.history().addListener((ListChangeListener<String>) c -> showHistory());
        showProspect();
        showCalls();
        showHistory();
    }

    private Node header() {
        Button back = Icons.iconButton(Feather.ARROW_LEFT, "Back to the prospects");
        back.setOnAction(e -> vm.back());
        title.getStyleClass().add(TITLE_2);
        deal.getStyleClass().add(Css.MUTED);
        ComboBox<Stage> stage = new ComboBox<>(vm.stageChoices());
        stage.setId(STAGE_ID);
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setConverter(StageNameConverter.INSTANCE);
        stage.setAccessibleText("Stage");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button edit = Icons.iconButton(Feather.EDIT_2, "Edit company and deal");
        edit.setOnAction(e -> vm.rename());
        Button delete = Icons.iconButton(Feather.TRASH_2, "Delete this prospect");
        delete.setOnAction(e -> vm.delete());
        Button plan = Icons.button("Plan a call", Feather.CALENDAR);
        planButton = plan;
        plan.setId(PLAN_ID);
        plan.getStyleClass().add(ACCENT);
        plan.setOnAction(e -> vm.planCall());
        Label stageLabel = new Label("Stage");
        // The controls keep their whole width (they were cut to "St...", "Prospect..." and "Plan a ..."
        // at 1280 px beside a long reason); the company, deal and flags wrap or shrink instead.
        for (Region r : List.of(back, stageLabel, stage, edit, delete, plan)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox names = new VBox(2, title, deal, flags);
        names.setMinWidth(0);
        HBox.setHgrow(names, Priority.SOMETIMES);
        HBox h = new HBox(10, back, names, grow, stageLabel, stage, edit, delete, plan);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add(Css.PAGE_HEADER);
        return h;
    }

    private void showProspect() {
        Prospect p = vm.prospectProperty().get();
        if (p == null) {
            return;
        }
        title.setText(p.company());
        deal.setText(p.dealName().isEmpty() ? "No deal name" : p.dealName());
        flags.getChildren().clear();
        strandedWhy.setText("Stranded: " + vm.strandedWhy());
        strandedWhy.setVisible(!vm.strandedWhy().isEmpty());
        ProspectHealth h = vm.healthProperty().get();
        if (h != null && h.outcomeMissing()) {
            flags.getChildren().add(AttentionFlags.outcomeMissing());
        }
        if (h != null && h.stranded()) {
            Label stranded = AttentionFlags.stranded(vm.strandedWhy());
            stranded.setMinWidth(Region.USE_PREF_SIZE);
            flags.getChildren().add(stranded);
        }
        contacts.getChildren().clear();
        for (Contact c : p.contacts()) {
            contacts.getChildren().add(contactRow(c));
        }
        if (p.contacts().isEmpty()) {
            contacts.getChildren().add(muted("No contacts yet."));
        }
    }

    private Node callsSection() {
        calls.setId(CALLS_ID);
        return PageLayout.section("Calls", calls);
    }

    private void showCalls() {
        calls.getChildren().clear();
        for (CallPlan c : vm.calls()) {
            calls.getChildren().add(CallRow.of(vm, c, exports));
        }
        if (vm.calls().isEmpty()) {
            calls.getChildren().add(muted("No calls yet. Plan the first one."));
        }
    }

    private Node contactsSection() {
        Button add = Icons.button("Add contact", Feather.USER_PLUS);
        add.setOnAction(e -> vm.addContact());
        VBox s = PageLayout.section("Contacts", contacts, add);
        return s;
    }

    private Node contactRow(Contact c) {
        Label name = new Label(c.label());
        name.setWrapText(true);
        name.getStyleClass().add(Css.FIELD_LABEL);
        VBox text = new VBox(2, name);
        if (!c.email().isEmpty()) {
            text.getChildren().add(muted(c.email()));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Button edit = Icons.iconButton(Feather.EDIT_2, "Edit " + c.name());
        edit.setOnAction(e -> vm.editContact(c));
        Button remove = Icons.iconButton(Feather.X, "Remove " + c.name());
        remove.setOnAction(e -> vm.removeContact(c));
        HBox row = new HBox(6, text, edit, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showHistory() {
        history.getChildren().setAll(vm.history().stream().map(h -> (Node) new Label(h)).toList());
    }

    private Node notes() {
        TextArea notes = PageLayout.area("Anything worth remembering about this deal", 5);
        notes.setId("prospect-notes");
        notes.setAccessibleText("Prospect notes");
        notes.textProperty().bindBidirectional(vm.notesProperty());
        notes.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                vm.commitNotes();
            }
        });
        return LimitFeedback.wrap(notes, vm.notesLimit());
    }

    private Node meddpicc() {
        GridPane g = PageLayout.grid();
        for (Map.Entry<String, StringProperty> f : vm.qualification().fields().entrySet()) {
            TextArea a = PageLayout.area("", 1);
            a.textProperty().bindBidirectional(f.getValue());
            a.focusedProperty().addListener((obs, o, focused) -> {
                if (!focused) {
                    vm.commitQualification();
                }
            });
            PageLayout.row(g, f.getKey(), LimitFeedback.wrap(a, TextLimit.LONG_TEXT.named(f.getKey())));
        }
        TitledPane pane = new TitledPane("MEDDPICC qualification (optional)", g);
        pane.setExpanded(false);
        pane.setAccessibleText("MEDDPICC qualification");
        return pane;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.MUTED);
        l.setWrapText(true);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean canLeave() {
        return vm.canLeave();
    }

    @Override
    public void focusFirst() {
        planButton.requestFocus();
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
