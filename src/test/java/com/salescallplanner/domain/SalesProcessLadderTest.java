package com.salescallplanner.domain;

import static com.salescallplanner.domain.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rep's edits of the commitment ladder, each with its refusals. */
class SalesProcessLadderTest {
    private final PlannerData empty = PlannerData.empty();

    @Test
    void setEarliestStage_openStage_changesOnlyThatRung() {
        PlannerData d = SalesProcess.setEarliestStage(empty, SHARE_INFORMATION, StageModel.EVALUATION);
        assertThat(d.ladder().rung(SHARE_INFORMATION).earliestStageId()).isEqualTo(StageModel.EVALUATION);
        assertThat(d.ladder().rung(INTRODUCE_STAKEHOLDER)).isEqualTo(empty.ladder().rung(INTRODUCE_STAKEHOLDER));
    }

    @Test
    void setEarliestStage_sameStage_returnsSameData() {
        assertThat(SalesProcess.setEarliestStage(empty, SIGN, StageModel.NEGOTIATION)).isSameAs(empty);
    }

    @Test
    void setEarliestStage_closedStage_refusedNamingRungAndStage() {
        assertThatThrownBy(() -> SalesProcess.setEarliestStage(empty, SIGN, StageModel.CLOSED_WON))
                .isInstanceOf(DomainException.class)
                .hasMessage("The earliest stage of Sign must be an open stage, not Closed Won.");
    }

    @Test
    void setEarliestStage_unknownStage_refused() {
        assertThatThrownBy(() -> SalesProcess.setEarliestStage(empty, SIGN, new StageId("gone")))
                .hasMessage("The earliest stage of Sign must be a stage of the sales process.");
    }

    @Test
    void setEarliestStage_newStage_accepted() {
        PlannerData d = SalesProcess.addStage(empty, "Pilot", "", 3);
        PlannerData e = SalesProcess.setEarliestStage(d, EVALUATE, new StageId("pilot"));
        assertThat(e.ladder().rung(EVALUATE).earliestStageId()).isEqualTo(new StageId("pilot"));
    }

    @Test
    void renameRung_newLabel_changedAndTrimmed() {
        PlannerData d = SalesProcess.renameRung(empty, NEXT_MEETING, "  Book a meeting ");
        assertThat(d.ladder().rung(NEXT_MEETING).label()).isEqualTo("Book a meeting");
        assertThat(d.ladder().rung(NEXT_MEETING).rank()).isEqualTo(1);
    }

    @Test
    void renameRung_blank_refusedNamingTheRung() {
        assertThatThrownBy(() -> SalesProcess.renameRung(empty, NEXT_MEETING, " "))
                .hasMessage("The label of Next meeting must not be empty.");
    }

    @Test
    void renameRung_labelOfAnotherRung_refused() {
        assertThatThrownBy(() -> SalesProcess.renameRung(empty, NEXT_MEETING, "sign"))
                .hasMessage("Another rung is already labelled Sign.");
    }

    @Test
    void setExamples_blankLinesDroppedRestTrimmed() {
        PlannerData d = SalesProcess.setExamples(empty, SIGN, List.of(" The CFO signs by Friday ", "", "  "));
        assertThat(d.ladder().rung(SIGN).examples()).containsExactly("The CFO signs by Friday");
    }

    @Test
    void setExamples_none_allowed() {
        assertThat(SalesProcess.setExamples(empty, SIGN, List.of()).ladder().rung(SIGN).examples()).isEmpty();
    }

    @Test
    void setExamples_tooLong_refusedNamingTheRung() {
        assertThatThrownBy(() -> SalesProcess.setExamples(empty, SIGN, List.of("x".repeat(201))))
                .hasMessageContaining("An example of Sign is too long: 201 characters");
    }

    @Test
    void setExamples_same_returnsSameData() {
        List<String> same = empty.ladder().rung(SIGN).examples();
        assertThat(SalesProcess.setExamples(empty, SIGN, same)).isSameAs(empty);
    }
}
