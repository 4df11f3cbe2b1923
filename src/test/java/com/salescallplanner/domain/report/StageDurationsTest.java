package com.salescallplanner.domain.report;

import static com.salescallplanner.domain.StageModel.CLOSED_LOST;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.report.Fixtures.TODAY;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class StageDurationsTest {

    /*
     * Today is 12 March 2025. By hand:
     *   P1 Prospecting 1 Jan -> Discovery 11 Jan -> Evaluation 10 Feb (current)
     *      Prospecting 10, Discovery 30, Evaluation 30 (10 Feb to 12 Mar, February has 28 days)
     *   P2 Prospecting 1 Feb -> Discovery 5 Feb -> Prospecting 15 Feb -> Discovery 20 Feb -> Closed Lost 1 Mar
     *      Prospecting 4 + 5 = 9, Discovery 10 + 9 = 19, Closed Lost not measured
     *   P3 Discovery 2 Mar (current): 10
     */
    private final List<StageDuration> durations = StageDurations.of(data(List.of(
            prospect("p1", "One", null, PROSPECTING, "2025-01-01", DISCOVERY, "2025-01-11", EVALUATION, "2025-02-10"),
            prospect("p2", "Two", null, PROSPECTING, "2025-02-01", DISCOVERY, "2025-02-05", PROSPECTING,
                    "2025-02-15", DISCOVERY, "2025-02-20", CLOSED_LOST, "2025-03-01"),
            prospect("p3", "Three", null, DISCOVERY, "2025-03-02")), List.of()), TODAY);

    @Test
    void stageDurations_listOnlyOpenStages_inProcessOrder() {
        assertThat(durations).extracting(d -> d.stage().id())
                .containsExactly(PROSPECTING, DISCOVERY, EVALUATION, PROPOSAL, NEGOTIATION);
    }

    @Test
    void prospecting_twoProspects_addsUpBothStaysOfTheOneThatCameBack() {
        StageDuration d = durations.get(0);
        assertThat(d.prospects()).isEqualTo(2);
        assertThat(d.stillInStage()).isZero();
        assertThat(d.averageDays()).isEqualTo(9.5);
        assertThat(d.medianDays()).isEqualTo(9.5);
    }

    @Test
    void discovery_countsTheCurrentStayUpToToday() {
        StageDuration d = durations.get(1);
        assertThat(d.prospects()).isEqualTo(3);
        assertThat(d.stillInStage()).isEqualTo(1);
        assertThat(d.averageDays()).isCloseTo(59 / 3.0, within(1e-9));
        assertThat(d.medianDays()).isEqualTo(19);
    }

    @Test
    void evaluation_oneProspectStillThere_countsThirtyDays() {
        StageDuration d = durations.get(2);
        assertThat(d.prospects()).isEqualTo(1);
        assertThat(d.stillInStage()).isEqualTo(1);
        assertThat(d.averageDays()).isEqualTo(30);
        assertThat(d.medianDays()).isEqualTo(30);
    }

    @Test
    void stageWithoutProspects_hasZeroCounts() {
        StageDuration proposal = durations.get(3);
        assertThat(proposal.prospects()).isZero();
        assertThat(proposal.averageDays()).isZero();
    }
}
