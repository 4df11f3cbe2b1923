package com.salescallplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.Target;
import com.salescallplanner.ui.TestData;

import org.junit.jupiter.api.Test;

class CheckerPlanAdvisorTest {
    private final CheckerPlanAdvisor advisor = new CheckerPlanAdvisor(PlannerData::empty);

    private CheckResult advise(StageId stage, String stretch, String conservative, boolean outcomeMissing) {
        return advisor.advise(stage, Objective.of(Level.STRETCH, stretch), Objective.of(Level.CONSERVATIVE,
                conservative), outcomeMissing, TestData.NOW.toLocalDate());
    }

    @Test
    void buyerCommitments_areReadWithKindOwnerAndDate() {
        CheckResult a = advise(StageModel.EVALUATION, "The CIO commits the integration team to a pilot by June 1",
                "Ravi sends us the process documentation by Friday", false);
        assertThat(a.reading(Level.STRETCH).kind()).isEqualTo(CommitmentKind.EVALUATE);
        assertThat(a.reading(Level.STRETCH).owner()).isNotEmpty();
        assertThat(a.reading(Level.STRETCH).dueDate()).isNotNull();
        assertThat(a.ready()).isTrue();
        assertThat(a.findings()).extracting(f -> f.rule().id()).doesNotContain("not-an-advance", "no-owner", "no-date");
    }

    @Test
    void sellerAction_isNotAnAdvanceOnItsObjective() {
        CheckResult a = advise(StageModel.DISCOVERY, "Dana introduces us to the CFO by Friday", "send them a brochure",
                false);
        assertThat(a.findings(Target.CONSERVATIVE)).extracting(f -> f.rule().id()).contains("not-an-advance");
        assertThat(a.findings(Target.STRETCH)).extracting(f -> f.rule().id()).doesNotContain("not-an-advance");
    }

    @Test
    void missingObjectivesAndOutcome_areErrorsAndAPlanFinding() {
        CheckResult a = advise(StageModel.DISCOVERY, "", "", true);
        assertThat(a.ready()).isFalse();
        assertThat(a.findings(Target.STRETCH)).extracting(f -> f.rule().id()).contains("missing-stretch");
        assertThat(a.findings(Target.PLAN)).extracting(f -> f.rule().id()).contains("outcome-missing");
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
                .findings(Target.CONSERVATIVE)).extracting(f -> f.rule().id()).doesNotContain("too-far-ahead");
        w.apply("later", d -> com.salescallplanner.domain.SalesProcess.setEarliestStage(
                com.salescallplanner.domain.SalesProcess.renameStage(d, StageModel.EVALUATION, "Pilot", ""),
                CommitmentKind.SHARE_INFORMATION, StageModel.EVALUATION));
        CheckResult later = live.advise(StageModel.DISCOVERY, stretch, conservative, false, TestData.NOW.toLocalDate());
        assertThat(later.findings(Target.CONSERVATIVE)).filteredOn(f -> f.rule().id().equals("too-far-ahead"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Pilot"));
        w.undo();
        assertThat(live.advise(StageModel.DISCOVERY, stretch, conservative, false, TestData.NOW.toLocalDate())
                .findings(Target.CONSERVATIVE)).extracting(f -> f.rule().id()).doesNotContain("too-far-ahead");
    }
}
