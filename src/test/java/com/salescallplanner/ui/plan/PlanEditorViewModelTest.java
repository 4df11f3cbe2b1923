package com.salescallplanner.ui.plan;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.ObjectiveReading;
import com.salescallplanner.domain.check.Rule;
import com.salescallplanner.domain.check.Severity;
import com.salescallplanner.domain.check.Target;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanEditorViewModelTest {
    static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);

    /** Reads "Dana" as the owner and "Friday" as a date; "send" is a seller action. */
    static final class ScriptedAdvisor implements PlanAdvisor {
        int runs;

        @Override
        public CheckResult advise(StageId stageId, Objective stretch, Objective conservative, boolean outcomeMissing,
                                  LocalDate today) {
            runs++;
            List<Finding> findings = new ArrayList<>();
            for (Objective o : List.of(stretch, conservative)) {
                if (o.isBlank()) {
                    findings.add(new Finding(o.level() == Level.STRETCH ? Rule.MISSING_STRETCH
                            : Rule.MISSING_CONSERVATIVE, Severity.ERROR, Target.of(o.level()), "Missing.", ""));
                } else if (o.text().startsWith("send")) {
                    findings.add(new Finding(Rule.NOT_AN_ADVANCE, Severity.WARNING, Target.of(o.level()),
                            "Seller action.", "Ask what the buyer does."));
                }
            }
            if (outcomeMissing) {
                findings.add(new Finding(Rule.OUTCOME_MISSING, Severity.WARNING, Target.PLAN, "Outcome missing.", ""));
            }
            return new CheckResult(stageId, List.of(read(stretch), read(conservative)), findings);
        }

        private static ObjectiveReading read(Objective o) {
            return new ObjectiveReading(o.level(), o.text(),
                    o.text().contains("pilot") ? CommitmentKind.EVALUATE : CommitmentKind.NONE, true, true,
                    o.text().contains("Dana") ? "Dana" : null, null, o.text().contains("Friday") ? FRIDAY : null);
        }

        @Override
        public List<String> examplesFor(StageId stageId) {
            return List.of("Dana commits the team to a pilot by Friday");
        }
    }

    private final Prospect acme = TestData.prospect("Acme", StageModel.EVALUATION, new Contact("Dana Kim", "CFO"));
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final ScriptedAdvisor advisor = new ScriptedAdvisor();

    private PlanEditorViewModel newPlan() {
        return new PlanEditorViewModel(new WorkspaceEditor(workspace, dialogs), navigator, advisor, acme.id(), null);
    }

    @Test
    void newPlan_bothObjectivesEmpty_isNotReady_butShowsNoFindingUntilAFieldIsEdited() {
        PlanEditorViewModel vm = newPlan();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.untouchedProperty().get()).isTrue();
        assertThat(vm.readinessProperty().get()).isEqualTo(PlanEditorViewModel.UNTOUCHED);
        assertThat(vm.objective(Level.STRETCH).findings()).isEmpty();
        assertThat(vm.objective(Level.CONSERVATIVE).findings()).isEmpty();
        vm.objective(Level.STRETCH).textProperty().set("x");
        vm.objective(Level.STRETCH).textProperty().set("");
        assertThat(vm.objective(Level.STRETCH).findings()).extracting(f -> f.rule().id()).containsExactly("missing-stretch");
        assertThat(vm.objective(Level.CONSERVATIVE).findings()).isEmpty(); // not edited yet
        assertThat(vm.untouchedProperty().get()).isFalse();
        assertThat(vm.readinessProperty().get()).startsWith("Not ready: ").contains("Missing.");
    }

    @Test
    void stretchWritten_conservativeNotYet_saysWhatIsLeftWithoutAlarm_untilTheConservativeIsEdited() {
        PlanEditorViewModel vm = newPlan();
        vm.objective(Level.STRETCH).textProperty().set("The CFO agrees to a pilot by Friday");
        assertThat(vm.untouchedProperty().get()).as("calm: only what is still to write").isTrue();
        assertThat(vm.readinessProperty().get()).isEqualTo("Not ready yet: write the conservative objective.");
        vm.objective(Level.CONSERVATIVE).textProperty().set("x");
        vm.objective(Level.CONSERVATIVE).textProperty().set("");
        assertThat(vm.untouchedProperty().get()).as("emptied by the rep: a real problem").isFalse();
        assertThat(vm.readinessProperty().get()).startsWith("Not ready: ");
    }

    @Test
    void typing_objectives_updatesFindingsAndReadinessOnEachChange() {
        PlanEditorViewModel vm = newPlan();
        vm.objective(Level.STRETCH).textProperty().set("Dana commits the team to a pilot by Friday");
        assertThat(vm.objective(Level.STRETCH).findings()).isEmpty();
        vm.objective(Level.CONSERVATIVE).textProperty().set("send them a brochure");
        assertThat(vm.objective(Level.CONSERVATIVE).findings()).extracting(f -> f.rule().id())
                .containsExactly("not-an-advance");
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.readinessProperty().get()).isEqualTo("Ready, with 1 warning to consider.");
    }

    @Test
    void ownerAndDue_followTheTextUntilEdited_thenTheEditIsKept() {
        PlanEditorViewModel vm = newPlan();
        ObjectiveModel s = vm.objective(Level.STRETCH);
        s.textProperty().set("Dana commits to a pilot by Friday");
        assertThat(s.ownerProperty().get()).isEqualTo("Dana");
        assertThat(s.dueProperty().get()).isEqualTo(FRIDAY);
        assertThat(s.toObjective().owner()).isEmpty();
        s.ownerProperty().set("Ravi, IT lead");
        s.textProperty().set("Dana commits to a pilot by Friday, with IT");
        assertThat(s.ownerProperty().get()).isEqualTo("Ravi, IT lead");
        assertThat(s.toObjective().owner()).isEqualTo("Ravi, IT lead");
        s.resetOwner();
        assertThat(s.ownerProperty().get()).isEqualTo("Dana");
    }

    @Test
    void kindChip_showsTheReadKindUntilOverridden() {
        PlanEditorViewModel vm = newPlan();
        ObjectiveModel s = vm.objective(Level.STRETCH);
        s.textProperty().set("The CIO commits the team to a pilot");
        assertThat(s.kindTextProperty().get()).isEqualTo("Evaluate");
        s.kindOverrideProperty().set(CommitmentKind.MUTUAL_PLAN);
        assertThat(s.kindTextProperty().get()).isEqualTo("Mutual plan");
        assertThat(s.toObjective().kindOverride()).isEqualTo(CommitmentKind.MUTUAL_PLAN);
    }

    @Test
    void save_withErrors_savesADraftAsOneUndoableEdit() {
        PlanEditorViewModel vm = newPlan();
        vm.objective(Level.STRETCH).textProperty().set("Dana commits to a pilot by Friday");
        vm.contacts().get(0).selected().set(true);
        vm.otherAttendeesProperty().set("Ravi, Lee");
        vm.timeProperty().set("14:30");
        assertThat(vm.save()).isPresent();
        CallPlan saved = workspace.data().calls().get(0);
        assertThat(saved.attendees()).containsExactly("Dana Kim", "Ravi", "Lee");
        assertThat(saved.start().toLocalTime().toString()).isEqualTo("14:30");
        assertThat(saved.stretch().text()).isEqualTo("Dana commits to a pilot by Friday");
        assertThat(saved.conservative().isBlank()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        workspace.undo();
        assertThat(workspace.data().calls()).isEmpty();
    }

    @Test
    void attendeeAndQuestionOverTheirLimits_nameThePart_andSaveRefusesKeepingTheText() {
        PlanEditorViewModel vm = newPlan();
        String others = "Ravi, " + "Lee Procurement ".repeat(13) + ", Sam"; // attendee 2: 207 characters
        vm.otherAttendeesProperty().set(others);
        assertThat(vm.otherAttendeesLimit().errorProperty().get())
                .isEqualTo("Other attendee 2 is too long: 207 characters, at most 200 allowed.");
        assertThat(vm.save()).isEmpty();
        assertThat(dialogs.errors).containsExactly(vm.otherAttendeesLimit().errorProperty().get());
        assertThat(vm.otherAttendeesProperty().get()).isEqualTo(others);

        vm.otherAttendeesProperty().set("Ravi, Lee");
        String questions = "Who signs?\n" + "q".repeat(10_001) + "\nWhen?";
        vm.questionsProperty().set(questions);
        assertThat(vm.questionsLimit().errorProperty().get())
                .isEqualTo("Question on line 2 is too long: 10,001 characters, at most 10,000 allowed.");
        assertThat(vm.save()).isEmpty();
        assertThat(workspace.data().calls()).isEmpty();
        assertThat(vm.questionsProperty().get()).isEqualTo(questions);

        vm.questionsProperty().set("Who signs?\n" + "q".repeat(10_000));
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().calls().get(0).questions()).hasSize(2);
    }

    @Test
    void save_badTime_refusesWithAMessageAndChangesNothing() {
        PlanEditorViewModel vm = newPlan();
        vm.timeProperty().set("half past two");
        assertThat(vm.save()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("14:30");
        assertThat(workspace.data().calls()).isEmpty();
    }

    @Test
    void canLeave_unsavedChanges_cancelStaysAndDiscardLeavesWithoutSaving() {
        PlanEditorViewModel vm = newPlan();
        assertThat(vm.canLeave()).isTrue();
        vm.objective(Level.STRETCH).textProperty().set("x");
        dialogs.choosing(-1, 1);
        assertThat(vm.canLeave()).isFalse();
        assertThat(dialogs.choices).last().isEqualTo("Unsaved plan / Save / Discard changes");
        assertThat(vm.canLeave()).isTrue();
        assertThat(workspace.data().calls()).isEmpty();
    }

    @Test
    void canLeave_unsavedChanges_saveKeepsThePlanThenLeaves() {
        PlanEditorViewModel vm = newPlan();
        vm.objective(Level.STRETCH).textProperty().set("The CIO commits the integration team to a pilot by June 1");
        vm.objective(Level.CONSERVATIVE).textProperty().set("Ravi sends us the process documentation by Friday");
        dialogs.choosing(0);
        assertThat(vm.canLeave()).isTrue();
        assertThat(workspace.data().calls()).singleElement().satisfies(c -> assertThat(c.stretch().text())
                .isEqualTo("The CIO commits the integration team to a pilot by June 1"));
    }

    @Test
    void existingPlan_loadsItsValuesAndPreviousOutcomeMissingShowsOnThePlan() {
        CallPlan past = TestData.call(acme, NOW.minusDays(2), "a", "b");
        CallPlan next = TestData.call(acme, NOW.plusDays(2), "Dana joins a pilot", "send info");
        workspace.reset(workspace.data().withCall(past).withCall(next));
        PlanEditorViewModel vm = new PlanEditorViewModel(new WorkspaceEditor(workspace, dialogs), navigator, advisor,
                acme.id(), next.id());
        assertThat(vm.objective(Level.STRETCH).textProperty().get()).isEqualTo("Dana joins a pilot");
        assertThat(vm.dateProperty().get()).isEqualTo(NOW.plusDays(2).toLocalDate());
        assertThat(vm.planFindings()).extracting(f -> f.rule().id()).containsExactly("outcome-missing");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void useExample_fillsTheObjective() {
        PlanEditorViewModel vm = newPlan();
        vm.useExample(Level.CONSERVATIVE, vm.examples().get(0));
        assertThat(vm.objective(Level.CONSERVATIVE).textProperty().get()).isEqualTo(vm.examples().get(0));
    }
}
