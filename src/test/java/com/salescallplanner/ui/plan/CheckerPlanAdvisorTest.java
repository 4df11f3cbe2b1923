package com.salescallplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.plan.PlanAdvice.Finding;

import org.junit.jupiter.api.Test;

class CheckerPlanAdvisorTest {
    private final CheckerPlanAdvisor advisor = new CheckerPlanAdvisor(PlannerData::empty);

    private PlanAdvice advise(String stage, String stretch, String conservative, boolean outcomeMissing) {
        return advisor.advise(stage, Objective.of(Level.STRETCH, stretch), Objective.of(Level.CONSERVATIVE,
                conservative), outcomeMissing, TestData.NOW.toLocalDate());
    }

    @Test
    void buyerCommitments_areReadWithKindOwnerAndDate() {
        PlanAdvice a = advise(StageModel.EVALUATION, "The CIO commits the integration team to a pilot by June 1",
                "Ravi sends us the process documentation by Friday", false);
        assertThat(a.stretch().kind()).isEqualTo(CommitmentKind.EVALUATE);
        assertThat(a.stretch().owner()).isNotEmpty();
        assertThat(a.stretch().due()).isNotNull();
        assertThat(a.ready()).isTrue();
        assertThat(a.findings()).extracting(Finding::ruleId).doesNotContain("not-an-advance", "no-owner", "no-date");
    }

    @Test
    void sellerAction_isNotAnAdvanceOnItsObjective() {
        PlanAdvice a = advise(StageModel.DISCOVERY, "Dana introduces us to the CFO by Friday", "send them a brochure",
                false);
        assertThat(a.findingsFor(Level.CONSERVATIVE)).extracting(Finding::ruleId).contains("not-an-advance");
        assertThat(a.findingsFor(Level.STRETCH)).extracting(Finding::ruleId).doesNotContain("not-an-advance");
    }

    @Test
    void missingObjectivesAndOutcome_areErrorsAndAPlanFinding() {
        PlanAdvice a = advise(StageModel.DISCOVERY, "", "", true);
        assertThat(a.ready()).isFalse();
        assertThat(a.findingsFor(Level.STRETCH)).extracting(Finding::ruleId).contains("missing-stretch");
        assertThat(a.findingsFor(null)).extracting(Finding::ruleId).contains("outcome-missing");
    }

    @Test
    void examples_fitTheStage() {
        assertThat(advisor.examplesFor(StageModel.PROSPECTING)).isNotEmpty();
    }

    @Test
    void editedLadderAndStages_followedAsTheWorkspaceChanges() {
        com.salescallplanner.ui.model.Workspace w = TestData.workspace(PlannerData.empty());
        CheckerPlanAdvisor live = new CheckerPlanAdvisor(w::data);
        Objective stretch = Objective.of(Level.STRETCH, "Dana introduces us to the CFO by Friday");
        Objective conservative = Objective.of(Level.CONSERVATIVE, "Ravi sends us the process documentation by Friday");
        assertThat(live.advise(StageModel.DISCOVERY, stretch, conservative, false, TestData.NOW.toLocalDate())
                .findingsFor(Level.CONSERVATIVE)).extracting(Finding::ruleId).doesNotContain("too-far-ahead");
        w.apply("later", d -> com.salescallplanner.domain.SalesProcess.setEarliestStage(
                com.salescallplanner.domain.SalesProcess.renameStage(d, StageModel.EVALUATION, "Pilot", ""),
                CommitmentKind.SHARE_INFORMATION, StageModel.EVALUATION));
        PlanAdvice later = live.advise(StageModel.DISCOVERY, stretch, conservative, false, TestData.NOW.toLocalDate());
        assertThat(later.findingsFor(Level.CONSERVATIVE)).filteredOn(f -> f.ruleId().equals("too-far-ahead"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Pilot"));
        w.undo();
        assertThat(live.advise(StageModel.DISCOVERY, stretch, conservative, false, TestData.NOW.toLocalDate())
                .findingsFor(Level.CONSERVATIVE)).extracting(Finding::ruleId).doesNotContain("too-far-ahead");
    }
}
