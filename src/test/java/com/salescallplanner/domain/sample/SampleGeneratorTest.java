package com.salescallplanner.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.ObjectiveChecker;
import com.salescallplanner.domain.check.Rule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SampleGeneratorTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void generate_sameSeed_sameData_otherSeed_otherData() {
        assertThat(SampleGenerator.generate(50, 400, 7, NOW)).isEqualTo(SampleGenerator.generate(50, 400, 7, NOW));
        assertThat(SampleGenerator.generate(50, 400, 7, NOW)).isNotEqualTo(SampleGenerator.generate(50, 400, 8, NOW));
    }

    @Test
    void generate_givesExactlyTheRequestedCounts() {
        PlannerData d = SampleGenerator.generate(123, 1_001, 1, NOW);
        assertThat(d.prospects()).hasSize(123);
        assertThat(d.calls()).hasSize(1_001);
    }

    @Test
    void generate_spreadsStagesLikeAFunnel() {
        PlannerData d = SampleGenerator.generate(2_000, 10_000, 3, NOW);
        Map<StageId, Long> byStage = d.prospects().stream().collect(Collectors.groupingBy(Prospect::stageId,
                Collectors.counting()));
        assertThat(byStage.keySet()).containsExactlyInAnyOrderElementsOf(
                d.stages().stages().stream().map(s -> s.id()).toList());
        assertThat(byStage.get(StageModel.PROSPECTING)).isGreaterThan(byStage.get(StageModel.EVALUATION));
        assertThat(byStage.get(StageModel.EVALUATION)).isGreaterThan(byStage.get(StageModel.NEGOTIATION));
    }

    @Test
    void generate_outcomesComeInRealisticShares() {
        PlannerData d = SampleGenerator.generate(1_000, 10_000, 5, NOW);
        Map<OutcomeType, Long> shares = new EnumMap<>(OutcomeType.class);
        d.calls().stream().filter(CallPlan::isReviewed).forEach(c -> shares.merge(c.outcome().type(), 1L, Long::sum));
        long reviewed = shares.values().stream().mapToLong(Long::longValue).sum();
        assertThat(shares.get(OutcomeType.ADVANCE)).isGreaterThan(shares.get(OutcomeType.CONTINUATION));
        assertThat(shares.get(OutcomeType.CONTINUATION)).isGreaterThan(shares.get(OutcomeType.ORDER));
        assertThat(shares.get(OutcomeType.ORDER) + shares.get(OutcomeType.NO_SALE)).isLessThan(reviewed / 5);
        assertThat(shares).containsKeys(OutcomeType.values());
    }

    @Test
    void generate_stageHistoryFollowsTheOutcomes() {
        PlannerData d = SampleGenerator.generate(300, 3_000, 11, NOW);
        for (Prospect p : d.prospects()) {
            List<CallPlan> calls = d.callsOf(p.id());
            for (CallPlan c : calls) {
                if (c.isReviewed()) {
                    assertThat(c.end()).isBefore(NOW);
                    boolean moved = !c.outcome().stageAfterId().equals(c.stageIdAtPlanning());
                    if (moved) {
                        assertThat(p.stageHistory()).contains(new StageChange(c.outcome().stageAfterId(),
                                c.outcome().reviewedOn()));
                        assertThat(c.outcome().type()).isNotEqualTo(OutcomeType.CONTINUATION);
                    }
                } else {
                    assertThat(c.start()).isAfter(NOW);
                    assertThat(c.stageIdAtPlanning()).isEqualTo(p.stageId());
                }
                assertThat(c.stretch().isBlank()).isFalse();
                assertThat(c.conservative().isBlank()).isFalse();
                assertThat(c.contract().isEmpty()).isFalse();
            }
            long moves = calls.stream().filter(c -> c.isReviewed()
                    && !c.outcome().stageAfterId().equals(c.stageIdAtPlanning())).count();
            assertThat(p.stageHistory()).hasSize((int) moves + 1);
        }
    }

    @Test
    void generate_hasUpcomingCallsAndSomeStrandedProspects() {
        PlannerData d = SampleGenerator.generate(500, 4_000, 13, NOW);
        long withNextCall = d.prospects().stream().filter(p -> ProspectHealth.of(d, p, NOW).nextCall().isPresent())
                .count();
        long stranded = d.prospects().stream().filter(p -> ProspectHealth.of(d, p, NOW).stranded()).count();
        assertThat(withNextCall).isGreaterThan(d.prospects().size() / 3);
        assertThat(stranded).isPositive().isLessThan(d.prospects().size() / 2);
    }

    @Test
    void generate_rejectsCallsWithoutProspectsAndOutOfRangeCounts() {
        assertThatThrownBy(() -> SampleGenerator.generate(0, 5, 1, NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("prospect");
        assertThatThrownBy(() -> SampleGenerator.generate(-1, 0, 1, NOW)).isInstanceOf(DomainException.class);
        assertThat(SampleGenerator.generate(0, 0, 1, NOW).isEmpty()).isTrue();
    }

    @Test
    void generate_tenThousandProspectsAndHundredThousandCalls_isValidData() {
        long t0 = System.nanoTime();
        PlannerData d = SampleGenerator.generate(10_000, 100_000, 42, NOW);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("SampleGenerator 10,000 prospects / 100,000 calls: " + ms + " ms");
        assertThat(d.prospects()).hasSize(10_000);
        assertThat(d.calls()).hasSize(100_000);
    }

    /** The sample shows good practice: its plans pass the checker the rep's own plans go through. */
    @Test
    void generate_plansPassTheChecker_stretchAboveConservativeAndBothAdvances() {
        PlannerData data = SampleGenerator.generate(60, 600, 11, NOW);
        ObjectiveChecker checker = ObjectiveChecker.of(data);
        Map<Rule, Integer> seen = new EnumMap<>(Rule.class);
        for (CallPlan c : data.calls()) {
            CheckResult r = checker.check(c.stageIdAtPlanning(), c.stretch(), c.conservative(), false,
                    c.start().toLocalDate());
            r.findings().forEach(f -> seen.merge(f.rule(), 1, Integer::sum));
        }
        assertThat(seen).doesNotContainKeys(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE, Rule.NOT_AN_ADVANCE,
                Rule.MISSING_STRETCH, Rule.MISSING_CONSERVATIVE, Rule.TOO_FAR_AHEAD, Rule.AIMS_LOW);
    }

    @Test
    void emailOf_accentedName_keepsTheLettersWithoutAccents() {
        assertThat(ProspectScript.emailOf("Jörg Müller")).isEqualTo("jorg.muller@example.com");
        assertThat(ProspectScript.emailOf("Zoë O'Brien")).isEqualTo("zoe.o.brien@example.com");
    }

    @Test
    void generate_someAdvancesMeetNeitherObjective_soTheAdvanceRateIsItsOwnFigure() {
        PlannerData data = SampleGenerator.generate(60, 600, 11, NOW);
        List<CallPlan> reviewed = data.calls().stream().filter(CallPlan::isReviewed).toList();
        long advances = reviewed.stream().filter(c -> c.outcome().type().isAdvance()).count();
        long conservativeMet = reviewed.stream().filter(c -> c.outcome().conservativeMet()).count();

        assertThat(reviewed).allMatch(c -> !c.outcome().conservativeMet() || c.outcome().type().isAdvance());
        assertThat(advances).isGreaterThan(conservativeMet);
        assertThat(conservativeMet).isGreaterThan(advances * 3 / 4);
    }
}
