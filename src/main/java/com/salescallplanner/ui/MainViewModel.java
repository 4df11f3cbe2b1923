package com.salescallplanner.ui;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleMark;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.SampleData;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: which page shows, which prospect is current (for Shortcut+P and
 * Shortcut+Enter), the theme, and the first-run offer. It is the window's {@link Navigator}.
 */
public final class MainViewModel implements Navigator {
    /** Said when a form is asked for while the data is read-only. */
    public static final String READ_ONLY_REFUSAL = WorkspaceEditor.READ_ONLY;
    /** Said when Shortcut+P or Shortcut+Enter has no prospect to work on. */
    public static final String NO_CURRENT_PROSPECT =
            "No prospect chosen yet: open a prospect or select one in the list, then press the keys again.";

    private final Workspace workspace;
    private final WorkspaceEditor editor;
    private final SampleData sampleData;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(new Page.Home(Section.PROSPECTS));
    private final ObjectProperty<ProspectId> currentProspect = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final FileState file;
    private final BooleanBinding firstRun;
    private final BooleanBinding hasSamples;
    private BooleanSupplier leaveGuard = () -> true;

    private final BooleanProperty teamManager = new javafx.beans.property.SimpleBooleanProperty(false);

    public MainViewModel(Workspace workspace, DialogService dialogs, SampleData sampleData) {
        this.workspace = workspace;
        this.editor = new WorkspaceEditor(workspace, dialogs);
        this.sampleData = sampleData;
        this.file = new FileState(workspace);
        this.firstRun = Bindings.createBooleanBinding(() -> !file.loadingProperty().get() && workspace.data().isEmpty(),
                workspace.dataProperty(), file.loadingProperty());
        this.hasSamples = Bindings.createBooleanBinding(() -> SampleMark.prospects(workspace.data()) > 0,
                workspace.dataProperty());
    }

    public Workspace workspace() {
        return workspace;
    }

    public WorkspaceEditor editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<ProspectId> currentProspectProperty() {
        return currentProspect;
    }

    /** Whether the rep is a manager on a team database: the sidebar then shows the Team page. */
    public BooleanProperty teamManagerProperty() {
        return teamManager;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** A short message for the status bar, e.g. "Saved acme-2025-03-04.ics." */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** Shows a message in the status bar (set again even when it repeats, so it shows afresh). */
    public void tell(String message) {
        notice.set("");
        notice.set(message == null ? "" : message);
    }

    /** True while there are no prospects: the Prospects page offers to add one or load samples. */
    public BooleanBinding firstRunProperty() {
        return firstRun;
    }

    /** The data file's state: loading, read-only, its notice, saving. */
    public FileState file() {
        return file;
    }

    /**
     * True, with a word in the status bar, when the data is read-only: the window then opens no
     * form whose work could not be saved.
     */
    public boolean refusedAsReadOnly() {
        if (!workspace.readOnlyProperty().get()) {
            return false;
        }
        tell(READ_ONLY_REFUSAL);
        return true;
    }

    /** The view sets this to ask the current page whether it may be left. */
    public void setLeaveGuard(BooleanSupplier guard) {
        this.leaveGuard = guard == null ? () -> true : guard;
    }

    /** Shows a page unless the current one refuses to be left; returns whether it moved. */
    public boolean navigate(Page target) {
        if (target.equals(page.get())) {
            return true;
        }
        boolean editingPage = target instanceof Page.PlanEditor || target instanceof Page.CallMode
                || target instanceof Page.Review;
        if (editingPage && refusedAsReadOnly()) {
            return false;
        }
        if (!leaveGuard.getAsBoolean()) {
            return false;
        }
        page.set(target);
        ProspectId p = prospectOf(target);
        if (p != null) {
            currentProspect.set(p);
        }
        return true;
    }

    public void show(Section section) {
        navigate(new Page.Home(section));
    }

    @Override
    public void showProspects() {
        show(Section.PROSPECTS);
    }

    /** Opens the prospect's page; {@code null} goes back to the prospect list. */
    @Override
    public void showProspect(ProspectId prospect) {
        if (prospect == null) {
            show(Section.PROSPECTS);
            return;
        }
        navigate(new Page.ProspectDetail(prospect));
    }

    /**
     * Plans a call with the prospect. When a call is already planned and not yet held (or a
     * draft waits to be filled in), asks first: open that plan, or plan another one; a second
     * plan is never made without the rep saying so.
     */
    @Override
    public void planCall(ProspectId prospect) {
        if (refusedAsReadOnly()) {
            return;
        }
        Optional<CallPlan> planned = plannedCall(workspace.data(), prospect, workspace.now());
        if (planned.isEmpty()) {
            navigate(new Page.PlanEditor(prospect, null));
            return;
        }
        CallPlan c = planned.get();
        String company = workspace.data().prospect(prospect).map(p -> p.company()).orElse("this prospect");
        String what = c.stretch().isBlank() && c.conservative().isBlank() ? "A draft call" : "A call";
        int answer = editor.dialogs().choose("Plan a call",
                what + " with " + company + " is already planned for "
                        + Formats.window().dateTime(c.start()) + ". Open it, or plan another call?",
                java.util.List.of("Open the planned call", "Plan another call"));
        if (answer == 0) {
            navigate(new Page.PlanEditor(prospect, c.id()));
        } else if (answer == 1) {
            navigate(new Page.PlanEditor(prospect, null));
        }
    }

    /**
     * The prospect's call that is planned and still to come, or a draft (no objective yet) not
     * reviewed: the plan "Plan a call" should open rather than duplicate. A past call without its
     * review is not one: it waits for its outcome, and the next call is a new plan.
     */
    public static Optional<CallPlan> plannedCall(PlannerData data, ProspectId prospect, ZonedDateTime now) {
        return data.callsOf(prospect).stream().filter(c -> !c.isReviewed())
                .filter(c -> c.end().isAfter(now) || (c.stretch().isBlank() && c.conservative().isBlank()))
                .findFirst();
    }

    @Override
    public void editCall(CallId call) {
        workspace.data().call(call).ifPresent(c -> navigate(new Page.PlanEditor(c.prospectId(), call)));
    }

    @Override
    public void startCall(CallId call) {
        navigate(new Page.CallMode(call));
    }

    @Override
    public void reviewCall(CallId call) {
        navigate(new Page.Review(call));
    }

    /** Shortcut+P: plan a call with the current prospect, if there is one. */
    public boolean planCallForCurrent() {
        ProspectId p = currentProspect.get();
        if (p == null || workspace.data().prospect(p).isEmpty()) {
            tell(NO_CURRENT_PROSPECT);
            return false;
        }
        planCall(p);
        return true;
    }

    /** Shortcut+Enter: start the current prospect's next call that has not been reviewed. */
    public boolean startCallForCurrent() {
        Optional<CallPlan> next = nextOpenCall(workspace.data(), currentProspect.get());
        next.ifPresent(c -> startCall(c.id()));
        if (next.isEmpty()) {
            tell(currentProspect.get() == null ? NO_CURRENT_PROSPECT
                    : "This prospect has no planned call to start: plan one first.");
        }
        return next.isPresent();
    }

    /** The earliest call of the prospect with no outcome yet. */
    public static Optional<CallPlan> nextOpenCall(PlannerData data, ProspectId prospect) {
        if (prospect == null) {
            return Optional.empty();
        }
        return data.callsOf(prospect).stream().filter(c -> !c.isReviewed()).findFirst();
    }

    /** "Load sample data" on the first-run screen; replaces the empty data in one undoable edit. */
    public void loadSampleData() {
        useSampleData(makeSampleData());
    }

    /** Makes the sample data; may be slow for a large sample, so the window calls it off the FX thread. */
    public PlannerData makeSampleData() {
        return sampleData.create(workspace.now());
    }

    public void useSampleData(PlannerData sample) {
        editor.apply("Load sample data", d -> d.isEmpty() ? sample : d);
    }

    /** True while the data holds sample prospects: the prospect list then offers "Remove sample data". */
    public BooleanBinding hasSampleDataProperty() {
        return hasSamples;
    }

    /**
     * "Remove sample data": after asking, removes exactly the sample prospects and their calls in
     * one undoable edit; the rep's own prospects, calls and settings stay.
     */
    public void removeSampleData() {
        PlannerData d = workspace.data();
        int samples = SampleMark.prospects(d);
        if (samples == 0) {
            tell("There is no sample data to remove.");
            return;
        }
        if (editor.refusedAsReadOnly("remove the sample data")) {
            return;
        }
        int own = d.prospects().size() - samples;
        String message = "Remove the " + samples + " sample prospects and their " + SampleMark.calls(d) + " calls? "
                + (own == 0 ? "You have no prospects of your own yet." : "Your own " + own
                + (own == 1 ? " prospect and its calls stay." : " prospects and their calls stay."))
                + " Undo brings the samples back.";
        if (!editor.dialogs().confirm("Remove sample data", message, "Remove sample data")) {
            return;
        }
        if (editor.apply("Remove sample data", SampleMark::withoutSamples)) {
            tell("Removed " + samples + " sample prospects and their calls.");
        }
    }

    public void undo() {
        workspace.undo();
        dropPageIfGone();
    }

    public void redo() {
        workspace.redo();
        dropPageIfGone();
    }

    /** After undo, the page's prospect or call may no longer exist: fall back to the list. */
    private void dropPageIfGone() {
        PlannerData d = workspace.data();
        Page p = page.get();
        boolean gone;
        if (p instanceof Page.ProspectDetail pd) {
            gone = d.prospect(pd.prospect()).isEmpty();
        } else if (p instanceof Page.PlanEditor pe) {
            gone = d.prospect(pe.prospect()).isEmpty() || (pe.call() != null && d.call(pe.call()).isEmpty());
        } else if (p instanceof Page.CallMode cm) {
            gone = d.call(cm.call()).isEmpty();
        } else if (p instanceof Page.Review r) {
            gone = d.call(r.call()).isEmpty();
        } else {
            gone = false;
        }
        if (gone) {
            page.set(new Page.Home(Section.PROSPECTS));
        }
    }

    private ProspectId prospectOf(Page p) {
        PlannerData d = workspace.data();
        if (p instanceof Page.ProspectDetail pd) {
            return pd.prospect();
        }
        if (p instanceof Page.PlanEditor pe) {
            return pe.prospect();
        }
        if (p instanceof Page.CallMode cm) {
            return d.call(cm.call()).map(CallPlan::prospectId).orElse(null);
        }
        if (p instanceof Page.Review r) {
            return d.call(r.call()).map(CallPlan::prospectId).orElse(null);
        }
        return null;
    }
}
