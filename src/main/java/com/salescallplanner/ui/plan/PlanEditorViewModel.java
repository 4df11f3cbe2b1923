package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.Rule;
import com.salescallplanner.domain.check.Severity;
import com.salescallplanner.domain.check.Target;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.LimitedText;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.WorkspaceEditor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan editor: a form over one call plan, checked on every change. Nothing reaches the
 * workspace until Save, which is one undoable edit; leaving with unsaved changes asks first.
 */
public final class PlanEditorViewModel {
    private final WorkspaceEditor editor;
    private final Navigator navigator;
    private final PlanAdvisor advisor;
    private final ProspectId prospectId;
    private CallId callId;
    private final StageId stageId;
    private final boolean previousOutcomeMissing;
    private final ScheduleModel schedule = new ScheduleModel();
    private final ContractModel contract = new ContractModel();
    private final StringProperty questions = new SimpleStringProperty("");
    private final LimitedText questionsLimit = LimitedText.eachLine(questions, TextLimit.QUESTION);
    private final ObjectiveModel stretch = new ObjectiveModel(Level.STRETCH);
    private final ObjectiveModel conservative = new ObjectiveModel(Level.CONSERVATIVE);
    private final ObservableList<Finding> planFindings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper readiness = new ReadOnlyStringWrapper("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty untouched = new SimpleBooleanProperty(true);
    /** The readiness of a new plan before either objective was written: a plain instruction, not an error. */
    static final String UNTOUCHED = "Not ready yet: write the stretch and the conservative objective.";
    private final ObservableList<String> examples = FXCollections.observableArrayList();
    private final String title;
    private boolean loading;

    public PlanEditorViewModel(WorkspaceEditor editor, Navigator navigator, PlanAdvisor advisor, ProspectId prospectId,
                               CallId callId) {
        this.editor = editor;
        this.navigator = navigator;
        this.advisor = advisor;
        this.prospectId = prospectId;
        this.callId = callId;
        PlannerData data = editor.workspace().data();
        Prospect p = data.prospect(prospectId).orElseThrow(() -> new DomainException("The prospect is gone."));
        this.stageId = p.stageId();
        this.title = (callId == null ? "Plan a call with " : "Call plan with ") + p.company();
        this.previousOutcomeMissing = ProspectHealth.of(data, p, editor.workspace().now()).outcomeMissing();
        loading = true;
        CallPlan existing = callId == null ? null : data.call(callId).orElse(null);
        schedule.load(p, existing, editor.workspace().now());
        if (existing != null) {
            contract.load(existing.contract());
            questions.set(String.join("\n", existing.questions()));
            stretch.load(existing.stretch());
            conservative.load(existing.conservative());
            stretch.touchedProperty().set(true);
            conservative.touchedProperty().set(true);
        }
        loading = false;
        examples.setAll(advisor.examplesFor(stageId));
        List<Observable> inputs = new ArrayList<>(schedule.inputs());
        inputs.add(questions);
        inputs.addAll(contract.all());
        for (ObjectiveModel o : List.of(stretch, conservative)) {
            inputs.addAll(List.of(o.touchedProperty(), o.textProperty(), o.kindOverrideProperty(), o.ownerProperty(), o.dueProperty(),
                    o.ownerEditedProperty(), o.dueEditedProperty(), o.buyerCommitsProperty()));
        }
        inputs.forEach(i -> i.addListener(obs -> changed()));
        recheck();
    }

    private void changed() {
        if (loading || checking) {
            return;
        }
        dirty.set(true);
        recheck();
    }

    private boolean checking;

    /** Runs the checker over the objectives as they are now and spreads its findings. */
    void recheck() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            Objective s;
            Objective c;
            try {
                s = stretch.toObjective();
                c = conservative.toObjective();
            } catch (DomainException e) {
                readiness.set(e.getMessage());
                ready.set(false);
                return;
            }
            CheckResult a = advisor.advise(stageId, s, c, previousOutcomeMissing,
                    editor.workspace().now().toLocalDate());
            stretch.applyReading(a.reading(Level.STRETCH));
            conservative.applyReading(a.reading(Level.CONSERVATIVE));
            for (ObjectiveModel o : List.of(stretch, conservative)) {
                o.findings().setAll(o.touchedProperty().get() ? a.findings(Target.of(o.level())) : List.of());
            }
            planFindings.setAll(a.findings(Target.PLAN));
            ready.set(a.ready());
            List<Finding> errors = a.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            untouched.set(!errors.isEmpty() && errors.stream().allMatch(this::stillToWrite));
            readiness.set(untouched.get() ? stillToWriteText() : readinessText(a));
        } finally {
            checking = false;
        }
    }

    /** An objective found empty that the rep has not come to yet: the plan is not ready, nothing is wrong. */
    private boolean stillToWrite(Finding f) {
        return f.rule() == Rule.MISSING_STRETCH && !stretch.touchedProperty().get()
                || f.rule() == Rule.MISSING_CONSERVATIVE && !conservative.touchedProperty().get();
    }

    private String stillToWriteText() {
        boolean stretchLeft = !stretch.touchedProperty().get();
        boolean conservativeLeft = !conservative.touchedProperty().get();
        return stretchLeft && conservativeLeft ? UNTOUCHED
                : "Not ready yet: write the " + (stretchLeft ? "stretch" : "conservative") + " objective.";
    }

    private static String readinessText(CheckResult a) {
        List<Finding> errors = a.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            return "Not ready: " + errors.stream().map(Finding::message).collect(Collectors.joining(" "));
        }
        long warnings = a.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        return warnings == 0 ? "Ready for the call." : "Ready, with " + warnings
                + (warnings == 1 ? " warning" : " warnings") + " to consider.";
    }

    /** Puts an example objective into an objective (its text, kind read afresh). */
    public void useExample(Level level, String example) {
        ObjectiveModel o = objective(level);
        o.kindOverrideProperty().set(null);
        o.textProperty().set(example);
        o.clearCorrection();
    }

    /**
     * Saves the plan as one undoable edit. Errors in the objectives do not block saving (the plan
     * is then a draft that is not ready); a malformed time or duration does.
     */
    public Optional<CallId> save() {
        Optional<String> tooLong = java.util.stream.Stream.of(schedule.otherAttendeesLimit(), questionsLimit)
                .map(l -> l.errorProperty().get()).filter(e -> !e.isEmpty()).findFirst();
        if (tooLong.isPresent()) {
            // The same words as under the field; the text stays for the rep to shorten.
            editor.dialogs().showError("Cannot save the plan", tooLong.get());
            return Optional.empty();
        }
        CallPlan plan;
        try {
            plan = build();
        } catch (DomainException e) {
            editor.dialogs().showError("Cannot save the plan", e.getMessage());
            return Optional.empty();
        }
        if (!confirmPastDate(plan) || !DueDateQuestion.confirmed(editor.dialogs(), plan)) {
            return Optional.empty();
        }
        String company = editor.workspace().data().prospect(prospectId).map(Prospect::company).orElse("");
        List<LearnedPhrasing> learned = corrections();
        String what = (callId == null ? "Plan a call with " : "Edit the call plan with ") + company
                + (learned.isEmpty() ? "" : " and learn " + (learned.size() == 1 ? "a corrected phrasing"
                : learned.size() + " corrected phrasings"));
        boolean ok = editor.apply(what, d -> {
            PlannerData out = d.withCall(plan);
            for (LearnedPhrasing l : learned) {
                out = out.withLearned(l);
            }
            return out;
        });
        if (!ok) {
            return Optional.empty();
        }
        callId = plan.id();
        stretch.correctedProperty().set(false);
        conservative.correctedProperty().set(false);
        dirty.set(false);
        return Optional.of(plan.id());
    }

    /**
     * A new plan, or one moved, that starts before now is most likely a typo in the date: ask before saving.
     * An existing plan left at its own past time (a call that happened) saves without asking.
     */
    private boolean confirmPastDate(CallPlan plan) {
        ZonedDateTime now = editor.workspace().now();
        CallPlan before = callId == null ? null : editor.workspace().data().call(callId).orElse(null);
        if (!plan.start().isBefore(now) || before != null && before.start().isEqual(plan.start())) {
            return true;
        }
        // The date as the date field writes it ("26 Feb 2025"), not ISO.
        return editor.dialogs().confirm("Call in the past", "This call is dated "
                + Formats.TIME_FIELD.format(plan.start()) + " on " + Formats.window().date(plan.date())
                + ", which is in the past. Save it anyway?", "Save anyway");
    }

    /** A date a week from now: the plan date's placeholder (an example in the past reads as a suggestion). */
    public LocalDate exampleDate() {
        return editor.workspace().now().toLocalDate().plusWeeks(1);
    }

    /** The rep's corrections of the reading not yet learned, one per phrasing (the conservative one wins a tie). */
    private List<LearnedPhrasing> corrections() {
        List<LearnedPhrasing> known = editor.workspace().data().learned();
        java.util.Map<String, LearnedPhrasing> byPhrasing = new java.util.LinkedHashMap<>();
        for (ObjectiveModel o : List.of(stretch, conservative)) {
            o.correction().filter(l -> !known.contains(l)).ifPresent(l -> byPhrasing.put(l.phrasing(), l));
        }
        return List.copyOf(byPhrasing.values());
    }

    /** Saves, then enters call mode; a plan that is not ready asks first. */
    public void saveAndStart() {
        if (!ready.get() && !editor.dialogs().confirm("Start the call",
                readiness.get() + " Start the call anyway?", "Start anyway")) {
            return;
        }
        save().ifPresent(navigator::startCall);
    }

    public void saveAndClose() {
        save().ifPresent(id -> navigator.showProspect(prospectId));
    }

    public void cancel() {
        navigator.showProspect(prospectId);
    }

    /** Asks before throwing away unsaved changes. */
    /**
     * Whether the rep may leave the editor: with unsaved changes it asks Save (the default, so
     * Enter keeps the work), Discard changes or Cancel; Save leaves only if the plan saved.
     */
    public boolean canLeave() {
        if (!dirty.get()) {
            return true;
        }
        int answer = editor.dialogs().choose("Unsaved plan", "This call plan has unsaved changes.",
                List.of("Save", "Discard changes"));
        return answer == 1 || answer == 0 && save().isPresent();
    }

    private CallPlan build() {
        ZonedDateTime start = schedule.start(editor.workspace().now().getZone());
        Duration duration = schedule.duration();
        List<String> qs = questions.get().lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
        CallPlan base = callId == null ? null : editor.workspace().data().call(callId).orElse(null);
        if (base == null) {
            base = CallPlan.draft(prospectId, start, duration, stageId);
        }
        return base.withSchedule(start, duration).withAttendees(schedule.attendees())
                .withContract(contract.toContract()).withQuestions(qs).withStageAtPlanning(stageId)
                .withObjective(stretch.toObjective()).withObjective(conservative.toObjective());
    }

    public ObjectiveModel objective(Level level) {
        return level == Level.STRETCH ? stretch : conservative;
    }

    public String title() {
        return title;
    }

    public String stageName() {
        return editor.workspace().data().stages().nameOf(stageId);
    }

    public ProspectId prospectId() {
        return prospectId;
    }

    public ScheduleModel schedule() {
        return schedule;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return schedule.dateProperty();
    }

    public StringProperty timeProperty() {
        return schedule.timeProperty();
    }

    public ObservableList<ScheduleModel.AttendeeChoice> contacts() {
        return schedule.contacts();
    }

    public StringProperty otherAttendeesProperty() {
        return schedule.otherAttendeesProperty();
    }

    public ContractModel contract() {
        return contract;
    }

    /** Each question (one per line) has the domain's limit. */
    public LimitedText questionsLimit() {
        return questionsLimit;
    }

    public LimitedText otherAttendeesLimit() {
        return schedule.otherAttendeesLimit();
    }

    public StringProperty questionsProperty() {
        return questions;
    }

    public ObservableList<Finding> planFindings() {
        return planFindings;
    }

    public ReadOnlyStringProperty readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    /**
     * True while the plan is not ready only because an objective the rep has not come to yet is
     * empty (a new plan, or the stretch written and the conservative still to come): the view
     * shows the readiness without alarm; a real problem (a field emptied, a closed stage) shows red.
     */
    public BooleanProperty untouchedProperty() {
        return untouched;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObservableList<String> examples() {
        return examples;
    }
}
