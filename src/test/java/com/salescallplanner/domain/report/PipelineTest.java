package com.salescallplanner.domain.report;

import static com.salescallplanner.domain.OutcomeType.ADVANCE;
import static com.salescallplanner.domain.OutcomeType.CONTINUATION;
import static com.salescallplanner.domain.StageModel.CLOSED_LOST;
import static com.salescallplanner.domain.StageModel.CLOSED_WON;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.date;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static com.salescallplanner.domain.report.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PipelineTest {
    // Now is Wednesday 12 March 2025, 10:00.
    private static final Prospect ACME = prospect("a", "Acme", 1000, EVALUATION, "2025-02-10");
    private static final Prospect BETA = prospect("b", "Beta", null, DISCOVERY, "2025-02-01");
    private static final Prospect GAMMA = prospect("c", "Gamma", 500, DISCOVERY, "2025-03-02");
    private static final Prospect DELTA = prospect("d", "Delta", 2500, PROPOSAL, "2025-01-15");
    private static final Prospect EPSILON = prospect("e", "Epsilon", 9000, CLOSED_WON, "2025-03-05");
    private static final Prospect FOXTROT = prospect("f", "Foxtrot", 250, EVALUATION, "2025-03-01");

    private final Pipeline pipeline = Pipeline.of(data(List.of(ACME, BETA, GAMMA, DELTA, EPSILON, FOXTROT), List.of(
            // Acme: an advance on 1 March and a call planned for 14 March: healthy.
            reviewed("a1", ACME, at("2025-03-01"), EVALUATION, ADVANCE, true, true),
            planned("a2", ACME, at("2025-03-14"), EVALUATION),
            // Beta: two continuations, although a next step is dated 20 March.
            reviewed("b1", BETA, at("2025-02-10"), DISCOVERY, CONTINUATION, false, false),
            reviewed("b2", BETA, at("2025-02-20"), DISCOVERY, CONTINUATION, false, false, date("2025-03-20")),
            // Delta: two continuations and nothing dated.
            reviewed("d1", DELTA, at("2025-02-01"), PROPOSAL, CONTINUATION, false, false),
            reviewed("d2", DELTA, at("2025-02-15"), PROPOSAL, CONTINUATION, false, false),
            // Foxtrot: yesterday's call was never reviewed, nothing ahead.
            planned("f1", FOXTROT, at("2025-03-11T09:00"), EVALUATION))), NOW);

    @Test
    void columns_openStagesInOrder_thenClosedStages() {
        assertThat(pipeline.columns()).extracting(c -> c.stage().id())
                .containsExactly(PROSPECTING, DISCOVERY, EVALUATION, PROPOSAL, NEGOTIATION, CLOSED_WON, CLOSED_LOST);
    }

    @Test
    void openColumns_countAndSumKnownAmounts() {
        assertThat(pipeline.openColumns()).extracting(PipelineColumn::count).containsExactly(0, 2, 2, 1, 0);
        assertThat(pipeline.openColumns()).extracting(PipelineColumn::amount).containsExactly(BigDecimal.ZERO,
                BigDecimal.valueOf(500), BigDecimal.valueOf(1250), BigDecimal.valueOf(2500), BigDecimal.ZERO);
        assertThat(pipeline.column(DISCOVERY).orElseThrow().withoutAmount()).isEqualTo(1);
        assertThat(pipeline.column(CLOSED_WON).orElseThrow().amount()).isEqualTo(BigDecimal.valueOf(9000));
    }

    @Test
    void cards_longestInStageFirst() {
        PipelineColumn discovery = pipeline.column(DISCOVERY).orElseThrow();
        assertThat(discovery.cards()).extracting(c -> c.prospect().company()).containsExactly("Beta", "Gamma");
        // 1 Feb to 12 Mar 2025: 28 + 11 days.
        assertThat(discovery.cards().get(0).daysInStage()).isEqualTo(39);
    }

    @Test
    void healthyProspect_showsItsNextAndLastCall() {
        PipelineCard acme = pipeline.column(EVALUATION).orElseThrow().cards().get(0);
        assertThat(acme.prospect()).isEqualTo(ACME);
        assertThat(acme.stranded()).isFalse();
        assertThat(acme.nextCallDate()).contains(date("2025-03-14"));
        assertThat(acme.lastCallDate()).contains(date("2025-03-01"));
        assertThat(acme.daysSinceLastCall(NOW.toLocalDate())).isEqualTo(OptionalLong.of(11));
    }

    @Test
    void stranded_longestIdleFirst_withReasons() {
        assertThat(pipeline.stranded()).extracting(s -> s.prospect().company())
                .containsExactly("Delta", "Beta", "Gamma", "Foxtrot");
        StrandedProspect delta = pipeline.stranded().get(0);
        assertThat(delta.daysSinceLastCall()).isEqualTo(OptionalLong.of(25));
        assertThat(delta.reasons()).containsExactlyInAnyOrder(StrandedReason.NO_DATED_NEXT_STEP,
                StrandedReason.CONTINUATIONS);
        assertThat(delta.reason()).isEqualTo("No dated next step; only continuations lately");
        assertThat(delta.why()).isEqualTo("No call planned, no dated next step, and the last 2 calls ended as "
                + "continuations; last contact 25 days ago.");
        assertThat(delta.explanation()).isEqualTo(delta.why() + " No dated next step: no call is planned and no "
                + "agreed next step is dated today or later. Only continuations lately: no call is planned and the "
                + "last 2 reviewed calls ended as continuations, the buyer committed to nothing.");
        assertThat(pipeline.stranded().get(1).reasons()).containsExactly(StrandedReason.CONTINUATIONS);
        assertThat(pipeline.stranded().get(1).reason()).isEqualTo("Only continuations lately");
        StrandedProspect gamma = pipeline.stranded().get(2);
        assertThat(gamma.daysSinceLastCall()).isEmpty();
        assertThat(gamma.daysInStage()).isEqualTo(10);
        assertThat(gamma.stage().id()).isEqualTo(DISCOVERY);
    }

    @Test
    void pastCallWithoutOutcome_marksTheCard_andCountsAsLastCall() {
        PipelineCard foxtrot = pipeline.column(EVALUATION).orElseThrow().cards().get(1);
        assertThat(foxtrot.prospect()).isEqualTo(FOXTROT);
        assertThat(foxtrot.outcomeMissing()).isTrue();
        assertThat(foxtrot.strandedReasons()).isEqualTo(Set.of(StrandedReason.NO_DATED_NEXT_STEP));
        assertThat(foxtrot.daysSinceLastCall(NOW.toLocalDate())).isEqualTo(OptionalLong.of(1));
        assertThat(foxtrot.nextCallDate()).isEqualTo(Optional.empty());
    }

    @Test
    void closedProspect_isNeverStranded() {
        PipelineCard epsilon = pipeline.column(CLOSED_WON).orElseThrow().cards().get(0);
        assertThat(epsilon.stranded()).isFalse();
        assertThat(pipeline.stranded()).noneMatch(s -> s.prospect().equals(EPSILON));
    }
}
