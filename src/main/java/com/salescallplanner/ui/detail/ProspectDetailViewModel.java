package com.salescallplanner.ui.detail;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.FormField;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.LimitedText;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.prospects.ProspectActions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One prospect: details, contacts, stage and its history, MEDDPICC, notes and calls. Text
 * fields are committed when the rep leaves them (one undo step each), not per keystroke.
 */
public final class ProspectDetailViewModel {
    private final WorkspaceEditor editor;
    private final Navigator navigator;
    private final ProspectActions actions;
    private final ProspectId id;
    private final ReadOnlyObjectWrapper<Prospect> prospect = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProspectHealth> health = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObservableList<Stage> stageChoices = FXCollections.observableArrayList();
    private final ObservableList<CallPlan> calls = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final LimitedText notesLimit = new LimitedText(notes, TextLimit.NOTES);
    private final QualificationModel qualification = new QualificationModel();
    private final InvalidationListener dataListener = obs -> refresh();
    private boolean refreshing;

    public ProspectDetailViewModel(WorkspaceEditor editor, Navigator navigator, ProspectActions actions, ProspectId id) {
        this.editor = editor;
        this.navigator = navigator;
        this.actions = actions;
        this.id = id;
        refresh();
        editor.workspace().dataProperty().addListener(dataListener);
        stage.addListener((obs, o, n) -> {
            if (!refreshing && n != null && !actions.changeStage(id, n.id())) {
                refresh();
            }
        });
    }

    private void refresh() {
        PlannerData d = editor.workspace().data();
        Optional<Prospect> p = d.prospect(id);
        if (p.isEmpty()) {
            return;
        }
        refreshing = true;
        try {
            Prospect pr = p.get();
            health.set(ProspectHealth.of(d, pr, editor.workspace().now()));
            prospect.set(pr);
            if (!stageChoices.equals(d.stages().stages())) {
                stageChoices.setAll(d.stages().stages());
            }
            stage.set(d.stages().find(pr.stageId()).orElse(null));
            List<CallPlan> list = new ArrayList<>(d.callsOf(id));
            Collections.reverse(list);
            calls.setAll(list);
            List<String> h = new ArrayList<>();
            for (StageChange c : pr.stageHistory()) {
                h.add(d.stages().nameOf(c.stageId()) + " since " + Formats.window().weekdayDate(c.date()));
            }
            Collections.reverse(h);
            history.setAll(h);
            if (!notesLimit.overProperty().get()) {
                // Over the limit the rep is still shortening: another edit must not put the notes back.
                notes.set(pr.notes());
            }
            qualification.load(pr.qualification());
        } finally {
            refreshing = false;
        }
    }

    public void dispose() {
        editor.workspace().dataProperty().removeListener(dataListener);
    }

    private void edit(String description, UnaryOperator<Prospect> change) {
        if (!editor.apply(description, d -> d.prospect(id).map(p -> d.withProspect(change.apply(p))).orElse(d))) {
            refresh();
        }
    }

    public void commitNotes() {
        Prospect p = prospect.get();
        // Over the limit the notes wait, with the message under the field, instead of an error dialog.
        if (p != null && !notesLimit.overProperty().get() && !p.notes().equals(notes.get())) {
            edit("Edit the notes of " + p.company(), x -> x.withNotes(notes.get()));
        }
    }

    /**
     * Commits what is typed before the page goes. Notes still over the limit cannot be saved:
     * the rep is asked, and staying (the default, and Escape) keeps them to shorten.
     */
    public boolean canLeave() {
        commitNotes();
        commitQualification();
        if (!notesLimit.overProperty().get()) {
            return true;
        }
        return editor.dialogs().choose("Notes too long", notesLimit.errorProperty().get()
                + " Shorten them to keep them; leaving now loses what was typed since they were last saved.",
                List.of("Stay and shorten", "Leave without saving the notes")) == 1;
    }

    public void commitQualification() {
        Prospect p = prospect.get();
        if (p == null) {
            return;
        }
        Qualification q;
        try {
            q = qualification.toQualification();
        } catch (com.salescallplanner.domain.DomainException e) {
            editor.dialogs().showError("Cannot save MEDDPICC", e.getMessage());
            return;
        }
        if (!q.equals(p.qualification())) {
            edit("Edit MEDDPICC of " + p.company(), x -> x.withQualification(q));
        }
    }

    public void addContact() {
        contactForm("Add a contact", new Contact("?", "", "")).ifPresent(c -> edit(
                "Add " + c.name() + " to " + prospect.get().company(), p -> {
                    List<Contact> list = new ArrayList<>(p.contacts());
                    list.add(c);
                    return p.withContacts(list);
                }));
    }

    public void editContact(Contact old) {
        contactForm("Edit contact", old).ifPresent(c -> edit("Edit contact " + c.name(), p -> p.withContacts(
                p.contacts().stream().map(x -> x.equals(old) ? c : x).toList())));
    }

    public void removeContact(Contact c) {
        if (editor.dialogs().confirm("Remove contact", "Remove " + c.name() + " from " + prospect.get().company()
                + "?", "Remove")) {
            edit("Remove contact " + c.name(), p -> p.withContacts(
                    p.contacts().stream().filter(x -> !x.equals(c)).toList()));
        }
    }

    private Optional<Contact> contactForm(String title, Contact initial) {
        boolean isNew = "?".equals(initial.name());
        Optional<Map<String, String>> v = editor.dialogs().form(title, List.of(
                FormField.text("name", "Name", isNew ? "" : initial.name(), true, TextLimit.CONTACT_NAME),
                FormField.text("role", "Role", initial.role(), false, TextLimit.ROLE),
                FormField.text("email", "E-mail", initial.email(), false, TextLimit.EMAIL)));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Contact(v.get().get("name"), v.get().get("role"), v.get().get("email")));
        } catch (com.salescallplanner.domain.DomainException e) {
            editor.dialogs().showError("Cannot save the contact", e.getMessage());
            return Optional.empty();
        }
    }

    public void rename() {
        actions.rename(id);
    }

    public void delete() {
        if (actions.delete(id)) {
            navigator.showProspect(null);
        }
    }

    public void planCall() {
        navigator.planCall(id);
    }

    public void editCall(CallPlan c) {
        navigator.editCall(c.id());
    }

    public void startCall(CallPlan c) {
        navigator.startCall(c.id());
    }

    public void review(CallPlan c) {
        navigator.reviewCall(c.id());
    }

    /** A short status of a call for its row: planned, outcome missing, or the outcome. */
    public String status(CallPlan c) {
        if (c.isReviewed()) {
            return c.outcome().type().displayName();
        }
        return c.end().isAfter(editor.workspace().now()) ? "Planned" : "Outcome missing";
    }

    public ReadOnlyObjectProperty<Prospect> prospectProperty() {
        return prospect.getReadOnlyProperty();
    }

    /** Why the prospect is stranded, as the list and the board say it; "" when it is not. */
    public String strandedWhy() {
        ProspectHealth h = health.get();
        return h == null ? "" : h.strandedWhy(editor.workspace().now().toLocalDate());
    }

    public ReadOnlyObjectProperty<ProspectHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObservableList<Stage> stageChoices() {
        return stageChoices;
    }

    public ObservableList<CallPlan> calls() {
        return calls;
    }

    public ObservableList<String> history() {
        return history;
    }

    public LimitedText notesLimit() {
        return notesLimit;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public QualificationModel qualification() {
        return qualification;
    }

    public void back() {
        navigator.showProspect(null);
    }
}
