package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommitmentLadderTest {

    @Test
    void defaults_tenRungsRankedOneToTen_withExamples() {
        CommitmentLadder l = CommitmentLadder.defaults();
        assertThat(l.rungs()).hasSize(10);
        assertThat(l.rank(CommitmentKind.NEXT_MEETING)).isEqualTo(1);
        assertThat(l.rank(CommitmentKind.SIGN)).isEqualTo(10);
        assertThat(l.rank(CommitmentKind.NONE)).isZero();
        assertThat(l.rungs()).allSatisfy(r -> assertThat(r.examples()).isNotEmpty());
        assertThat(l.rung(CommitmentKind.EVALUATE).earliestStageId()).isEqualTo(StageModel.EVALUATION);
    }

    @Test
    void defaults_earliestStagesAreOpenStagesOfTheDefaultModel() {
        CommitmentLadder.defaults().checkAgainst(StageModel.defaults());
    }

    @Test
    void constructor_missingRung_rejectedNamingIt() {
        List<LadderRung> rungs = new ArrayList<>(CommitmentLadder.defaults().rungs());
        rungs.removeIf(r -> r.kind() == CommitmentKind.SIGN);
        assertThatThrownBy(() -> new CommitmentLadder(rungs)).hasMessageContaining("lacks the rung SIGN");
    }

    @Test
    void with_reRankedRung_isSortedByRank() {
        CommitmentLadder l = CommitmentLadder.defaults();
        LadderRung meeting = l.rung(CommitmentKind.NEXT_MEETING);
        LadderRung moved = new LadderRung(meeting.kind(), 11, meeting.label(), meeting.buyerAction(),
                meeting.earliestStageId(), meeting.examples());
        assertThat(l.with(moved).rungs().get(9).kind()).isEqualTo(CommitmentKind.NEXT_MEETING);
    }

    @Test
    void checkAgainst_earliestStageClosed_rejected() {
        LadderRung sign = CommitmentLadder.defaults().rung(CommitmentKind.SIGN);
        CommitmentLadder l = CommitmentLadder.defaults().with(new LadderRung(sign.kind(), sign.rank(), sign.label(),
                sign.buyerAction(), StageModel.CLOSED_WON, sign.examples()));
        assertThatThrownBy(() -> l.checkAgainst(StageModel.defaults())).hasMessageContaining("must be an open stage");
    }
}
