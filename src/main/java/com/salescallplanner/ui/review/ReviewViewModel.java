package com.salescallplanner.ui.review;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.ui.DateFields;
import com.salescallplanner.ui.LimitedText;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.StageMove;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.plan.PlanAdvisor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The review after a call: outcome, objectives met, notes, the stage after the call and the
 * next step. The outcome and stage follow what the ticks suggest until the rep picks one.
 * Saving is one undoable edit: outcome recorded, stage moved, next call drafted.
 */
public final class ReviewViewModel {
    private final WorkspaceEditor editor;
    private final StageMove stageMove;
    private final Navigator navigator;
    private final CallPlan call;
    private final Prospect prospect;
    private final StageModel stages;
    private final CommitmentKind stretchKind;
    private final CommitmentKind conservativeKind;
    private final ObjectProperty<OutcomeType> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty stretchMet = new SimpleBooleanProperty();
    private final BooleanProperty conservativeMet = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Stage> stageAfter = new SimpleObjectProperty<>();
    private final StringProperty nextStep = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextStepDate = new SimpleObjectProperty<>();
    private final LimitedText notesLimit = new LimitedText(notes, TextLimit.NOTES.named("Review notes"));
    private final LimitedText nextStepLimit = new LimitedText(nextStep, TextLimit.NEXT_STEP);
    private final BooleanBinding overLimit = notesLimit.overProperty().or(nextStepLimit.overProperty());
    private final BooleanProperty planNextCall = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageHint = new ReadOnlyStringWrapper("");
    private final HeldTime held;
    private boolean outcomeChosen;
    private boolean stageChosen;
    private boolean suggesting;

    public ReviewViewModel(WorkspaceEditor editor, Navigator navigator, PlanAdvisor advisor, CallId callId) {
        this.editor = editor;
        this.stageMove = new StageMove(editor);
        this.navigator = navigator;
        PlannerData data = editor.workspace().data();
        this.call = data.call(callId).orElseThrow();
        this.held = new HeldTime(call);
        this.prospect = data.prospect(call.prospectId()).orElseThrow();
        this.stages = data.stages();
        CheckResult advice = advisor.advise(call.stageIdAtPlanning(), call.stretch(), call.conservative(), false,
                call.date());
        this.stretchKind = kindOf(call, Level.STRETCH, advice);
        this.conservativeKind = kindOf(call, Level.CONSERVATIVE, advice);
        CallOutcome existing = call.outcome();
        if (existing != null) {
            outcome.set(existing.type());
            stretchMet.set(existing.stretchMet());
            conservativeMet.set(existing.conservativeMet());
            notes.set(existing.notes());
            stageAfter.set(stages.find(existing.stageAfterId()).orElse(null));
            if (existing.nextStep() != null) {
                nextStep.set(existing.nextStep().description());
                nextStepDate.set(existing.nextStep().date());
            }
            planNextCall.set(false);
            outcomeChosen = true;
            stageChosen = true;
        } else {
            stretchMet.set(call.progress().stretchMet());
            conservativeMet.set(call.progress().conservativeMet());
            notes.set(call.progress().notes());
        }
        suggest();
        stretchMet.addListener(obs -> suggest());
        conservativeMet.addListener(obs -> suggest());
        outcome.addListener(obs -> {
            if (!suggesting) {
                outcomeChosen = true;
                suggest();
            }
        });
        stageAfter.addListener(obs -> stageChosen |= !suggesting);
    }

    private static CommitmentKind kindOf(CallPlan c, Level level, CheckResult advice) {
        CommitmentKind override = c.objective(level).kindOverride();
        return override != null ? override : advice.reading(level).kind();
    }

    /** The biggest commitment among the objectives met, NONE when none was met. */
    public CommitmentKind metKind() {
        PlannerData d = editor.workspace().data();
        CommitmentKind best = CommitmentKind.NONE;
        if (stretchMet.get()) {
            best = stretchKind;
        }
        if (conservativeMet.get() && d.ladder().rank(conservativeKind) > d.ladder().rank(best)) {
            best = conservativeKind;
        }
        return best;
    }

    /** The outcome the ticks suggest. */
    public OutcomeType suggestedOutcome() {
        return CallOutcome.suggestedType(stretchMet.get(), conservativeMet.get(), metKind());
    }

    /** The stage the outcome and the met commitments suggest. */
    public Stage suggestedStage() {
        Stage current = stages.require(prospect.stageId());
        OutcomeType type = outcome.get() == null ? suggestedOutcome() : outcome.get();
        CommitmentKind met = metKind();
        if (type == OutcomeType.NO_SALE) {
            return stages.lostStage().orElse(current);
        }
        if (type == OutcomeType.ORDER || met == CommitmentKind.SIGN) {
            return stages.wonStage().orElse(current);
        }
        if (met != CommitmentKind.NONE) {
            StageId earliest = editor.workspace().data().ladder().rung(met).earliestStageId();
            if (stages.indexOf(earliest) > stages.indexOf(current.id())) {
                return stages.require(earliest);
            }
        }
        return current;
    }

    private void suggest() {
        suggesting = true;
        try {
            OutcomeType s = suggestedOutcome();
            hint.set("The ticks suggest: " + s.displayName()
                    + (metKind() == CommitmentKind.NONE ? "" : " (" + metKind().displayName().toLowerCase() + " met)"));
            if (!outcomeChosen) {
                outcome.set(s);
            }
            Stage stage = suggestedStage();
            stageHint.set("Suggested: " + stage.name());
            if (!stageChosen) {
                stageAfter.set(stage);
            }
        } finally {
            suggesting = false;
        }
    }

    /** Records the review; returns whether it was saved. */
    public boolean save() {
        if (overLimitProperty().get()) {
            return false; // the message is under the field; Save waits and the text stays
        }
        Stage after = stageAfter.get();
        if (after == null || outcome.get() == null) {
            editor.dialogs().showError("Cannot save the review", "Choose the outcome and the stage after the call.");
            return false;
        }
        Optional<Instant> began = held.began();
        if (began.isEmpty()) {
            editor.dialogs().showError("Cannot save the review", held.problem());
            return false;
        }
        ZonedDateTime now = editor.workspace().now();
        LocalDate date = nextStepDate.get();
        if (!confirmNextStepDate(date, now.toLocalDate()) || !stageMove.confirmed(prospect, after)) {
            return false;
        }
        boolean ok = editor.apply("Review the call with " + prospect.company(), d -> {
            NextStep step = date == null ? null : new NextStep(nextStep.get(), date);
            CallOutcome o = new CallOutcome(outcome.get(), stretchMet.get(), conservativeMet.get(), notes.get(),
                    after.id(), step, now.toLocalDate());
            CallPlan current = d.call(call.id()).orElseThrow();
            CallPlan reviewed = current.withOutcome(o).withProgress(current.progress().withStartedAt(began.get()));
            PlannerData result = StageMove.moved(d.withCall(reviewed),
                    prospect.id(), after.id(), now.toLocalDate());
            if (date != null && planNextCall.get() && !after.closed()) {
                ZonedDateTime start = date.atTime(call.start().toLocalTime()).atZone(now.getZone());
                result = result.withCall(CallPlan.draft(prospect.id(), start, call.duration(), after.id()));
            }
            return result;
        });
        if (ok) {
            navigator.showProspect(prospect.id());
        }
        return ok;
    }

    /**
     * A next step dated before the call, or before today, is most likely a typo (the wrong month,
     * last year): it would strand the prospect at once and draft the next call in the past. Ask.
     */
    private boolean confirmNextStepDate(LocalDate date, LocalDate today) {
        if (date == null || !date.isBefore(today) && !date.isBefore(call.date())) {
            return true;
        }
        String shown = DateFields.converter().toString(date);
        String why = date.isBefore(call.date())
                ? "before the call itself (" + DateFields.converter().toString(call.date()) + ")"
                : "in the past (today is " + DateFields.converter().toString(today) + ")";
        return editor.dialogs().confirm("Next step in the past", "The next step is dated " + shown + ", " + why
                + ". Save it anyway?", "Save anyway");
    }

    /** A date a week after the call or today, whichever is later: the next step date's placeholder. */
    public LocalDate exampleDate() {
        LocalDate today = editor.workspace().now().toLocalDate();
        LocalDate from = call.date().isAfter(today) ? call.date() : today;
        return from.plusWeeks(1);
    }

    public void cancel() {
        navigator.showProspect(prospect.id());
    }

    public String title() {
        return "Review the call with " + prospect.company();
    }

    public CallPlan call() {
        return call;
    }

    /** When the call really began: call mode's start, or the planned time until the rep changes it. */
    public HeldTime held() {
        return held;
    }

    public List<Stage> stageChoices() {
        return stages.stages();
    }

    public ObjectProperty<OutcomeType> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty metProperty(Level level) {
        return level == Level.STRETCH ? stretchMet : conservativeMet;
    }

    public LimitedText notesLimit() {
        return notesLimit;
    }

    public LimitedText nextStepLimit() {
        return nextStepLimit;
    }

    /** True while a field is over its limit: Save is disabled and says why under that field. */
    public BooleanBinding overLimitProperty() {
        return overLimit;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Stage> stageAfterProperty() {
        return stageAfter;
    }

    public StringProperty nextStepProperty() {
        return nextStep;
    }

    public ObjectProperty<LocalDate> nextStepDateProperty() {
        return nextStepDate;
    }

    public BooleanProperty planNextCallProperty() {
        return planNextCall;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageHintProperty() {
        return stageHint.getReadOnlyProperty();
    }
}
