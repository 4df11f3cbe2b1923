package com.salescallplanner.ui.review;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.plan.BasicPlanAdvisor;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReviewViewModelTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.EVALUATION);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private Workspace workspace;

    private ReviewViewModel review(CommitmentKind stretchKind, CommitmentKind conservativeKind) {
        CallPlan c = TestData.call(acme, NOW.minusHours(2), "stretch", "conservative");
        c = c.withObjective(c.stretch().withKindOverride(stretchKind))
                .withObjective(c.conservative().withKindOverride(conservativeKind));
        workspace = TestData.workspace(PlannerData.empty().withProspect(acme).withCall(c));
        return new ReviewViewModel(new WorkspaceEditor(workspace, dialogs), navigator, new BasicPlanAdvisor(workspace::data),
                c.id());
    }

    @Test
    void ticks_noneMet_suggestContinuationAndTheSameStage() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        assertThat(vm.outcomeProperty().get()).isEqualTo(OutcomeType.CONTINUATION);
        assertThat(vm.stageAfterProperty().get().id()).isEqualTo(StageModel.EVALUATION);
    }

    @Test
    void metProposalReview_suggestsAdvanceAndProposal() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        vm.metProperty(Level.STRETCH).set(true);
        assertThat(vm.outcomeProperty().get()).isEqualTo(OutcomeType.ADVANCE);
        assertThat(vm.stageAfterProperty().get().id()).isEqualTo(StageModel.PROPOSAL);
        assertThat(vm.hintProperty().get()).contains("Advance");
    }

    @Test
    void metSign_suggestsOrderAndClosedWon() {
        ReviewViewModel vm = review(CommitmentKind.SIGN, CommitmentKind.AGREE_TERMS);
        vm.metProperty(Level.STRETCH).set(true);
        assertThat(vm.outcomeProperty().get()).isEqualTo(OutcomeType.ORDER);
        assertThat(vm.stageAfterProperty().get().id()).isEqualTo(StageModel.CLOSED_WON);
    }

    @Test
    void chosenOutcome_isKeptWhenTicksChange() {
        ReviewViewModel vm = review(CommitmentKind.EVALUATE, CommitmentKind.SHARE_INFORMATION);
        vm.outcomeProperty().set(OutcomeType.NO_SALE);
        vm.metProperty(Level.CONSERVATIVE).set(true);
        assertThat(vm.outcomeProperty().get()).isEqualTo(OutcomeType.NO_SALE);
        assertThat(vm.stageAfterProperty().get().id()).isEqualTo(StageModel.CLOSED_LOST);
    }

    @Test
    void save_recordsOutcomeMovesStageAndDraftsTheNextCall() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        vm.metProperty(Level.STRETCH).set(true);
        vm.nextStepProperty().set("Proposal walkthrough");
        vm.nextStepDateProperty().set(NOW.toLocalDate().plusDays(5));
        assertThat(vm.save()).isTrue();
        Prospect after = workspace.data().prospect(acme.id()).orElseThrow();
        assertThat(after.stageId()).isEqualTo(StageModel.PROPOSAL);
        assertThat(after.stageHistory()).hasSize(2);
        List<CallPlan> calls = workspace.data().callsOf(acme.id());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).outcome().nextStep().description()).isEqualTo("Proposal walkthrough");
        assertThat(calls.get(1).date()).isEqualTo(NOW.toLocalDate().plusDays(5));
        assertThat(calls.get(1).stageIdAtPlanning()).isEqualTo(StageModel.PROPOSAL);
        assertThat(calls.get(1).isReviewed()).isFalse();
        assertThat(navigator.last()).isEqualTo("prospect:" + acme.id());
    }

    @Test
    void nextStepDatedBeforeTheCall_asksBeforeSaving_noSavesNothing_yesSaves() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        vm.nextStepProperty().set("Proposal walkthrough");
        vm.nextStepDateProperty().set(NOW.toLocalDate().minusDays(5)); // a typo: the wrong week
        dialogs.confirming(false, true);
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.questions).containsExactly("Next step in the past / Save anyway");
        assertThat(dialogs.confirmations).singleElement().asString().isEqualTo(
                "The next step is dated 26 Feb 2025, before the call itself (3 Mar 2025). Save it anyway?");
        assertThat(workspace.data().callsOf(acme.id())).singleElement().satisfies(c -> assertThat(c.isReviewed()).isFalse());
        assertThat(vm.nextStepDateProperty().get()).isEqualTo(NOW.toLocalDate().minusDays(5)); // kept as typed
        assertThat(vm.save()).isTrue();
        assertThat(workspace.data().callsOf(acme.id())).filteredOn(CallPlan::isReviewed).singleElement()
                .satisfies(c -> assertThat(c.outcome().nextStep().date()).isEqualTo(NOW.toLocalDate().minusDays(5)));
    }

    @Test
    void nextStepFromToday_savesWithoutAsking_andThePlaceholderIsAhead() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        assertThat(vm.exampleDate()).isAfter(NOW.toLocalDate());
        vm.nextStepDateProperty().set(NOW.toLocalDate());
        assertThat(vm.save()).isTrue();
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void save_toAClosedStage_asksFirstAndDeclinedChangesNothing() {
        ReviewViewModel vm = review(CommitmentKind.SIGN, CommitmentKind.AGREE_TERMS);
        vm.metProperty(Level.STRETCH).set(true);
        dialogs.confirming(false);
        assertThat(vm.save()).isFalse();
        assertThat(workspace.data().callsOf(acme.id()).get(0).isReviewed()).isFalse();
    }

    @Test
    void nextStepOverTheLimit_saysSoAndSaveWaits_noErrorDialog_thenSavesOnceShortened() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        vm.metProperty(Level.STRETCH).set(true);
        String step = "Proposal walkthrough with the CFO and the integration team. ".repeat(7); // 420
        vm.nextStepProperty().set(step);
        vm.nextStepDateProperty().set(NOW.toLocalDate().plusDays(5));
        assertThat(vm.overLimitProperty().get()).isTrue();
        assertThat(vm.nextStepLimit().errorProperty().get())
                .isEqualTo("Next step is too long: 420 characters, at most 400 allowed.");
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(workspace.data().callsOf(acme.id()).get(0).isReviewed()).isFalse();
        assertThat(vm.nextStepProperty().get()).isEqualTo(step);

        vm.nextStepProperty().set(step.strip().substring(0, 400));
        assertThat(vm.overLimitProperty().get()).isFalse();
        assertThat(vm.save()).isTrue();
        assertThat(workspace.data().callsOf(acme.id()).get(0).outcome().nextStep().description()).hasSize(400);
    }

    @Test
    void notesOverTheLimit_blockSaveUntilShortened() {
        ReviewViewModel vm = review(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.EVALUATE);
        vm.notesProperty().set("n".repeat(10_001));
        assertThat(vm.notesLimit().errorProperty().get()).startsWith("Review notes is too long: 10,001 characters");
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        vm.notesProperty().set("n".repeat(10_000));
        assertThat(vm.overLimitProperty().get()).isFalse();
    }
}
