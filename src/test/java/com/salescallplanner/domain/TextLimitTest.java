package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TextLimitTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void company_overTheLimit_theRecordAndTheLimitSayTheSameWords_withoutQuotingTheText() {
        String name = "A".repeat(5_000);
        assertThat(TextLimit.COMPANY.exceededBy(name)).isTrue();
        assertThat(TextLimit.COMPANY.tooLong(name)).isEqualTo("Company is too long: 5,000 characters, at most 200 allowed.");
        assertThatThrownBy(() -> Prospect.create(name, "", StageModel.DISCOVERY, TODAY))
                .hasMessage(TextLimit.COMPANY.tooLong(name));
        assertThat(Prospect.create("A".repeat(200), "", StageModel.DISCOVERY, TODAY).company()).hasSize(200);
    }

    @Test
    void counter_showsFromFourFifthsOfTheLimit() {
        assertThat(TextLimit.COMPANY.counter("A".repeat(159))).isEmpty();
        assertThat(TextLimit.COMPANY.counter("A".repeat(160))).isEqualTo("160/200");
        assertThat(TextLimit.COMPANY.counter("A".repeat(230))).isEqualTo("230/200");
        assertThat(TextLimit.COMPANY.counter(null)).isEmpty();
    }

    @Test
    void emoji_countsOnce_soAFullNameOfEmojiFits() {
        String rockets = "\uD83D\uDE80".repeat(200); // 400 UTF-16 chars, 200 characters
        assertThat(TextLimit.length(rockets)).isEqualTo(200);
        assertThat(TextLimit.COMPANY.exceededBy(rockets)).isFalse();
        assertThat(Prospect.create(rockets, "", StageModel.DISCOVERY, TODAY).company()).isEqualTo(rockets);
        assertThat(TextLimit.COMPANY.exceededBy(rockets + "\uD83D\uDE80")).isTrue();
    }

    @Test
    void nextStepAndDealName_useTheirLimits() {
        assertThatThrownBy(() -> new NextStep("x".repeat(401), TODAY)).hasMessage(
                "Next step is too long: 401 characters, at most 400 allowed.");
        assertThat(TextLimit.NEXT_STEP.max()).isEqualTo(400);
        assertThatThrownBy(() -> Prospect.create("Acme", "d".repeat(201), StageModel.DISCOVERY, TODAY))
                .hasMessage(TextLimit.DEAL_NAME.tooLong("d".repeat(201)));
    }

    @Test
    void question_overTheSchemasLimit_isRefusedByThePlan_aFullOneIsKept() {
        CallPlan plan = CallPlan.draft(new ProspectId("acme"), TODAY.atTime(10, 0).atZone(java.time.ZoneOffset.UTC),
                java.time.Duration.ofMinutes(30), StageModel.DISCOVERY);
        String full = "q".repeat(10_000);
        assertThat(plan.withQuestions(java.util.List.of("Who signs?", full)).questions()).containsExactly("Who signs?", full);
        assertThatThrownBy(() -> plan.withQuestions(java.util.List.of(full + "?")))
                .hasMessage("Question is too long: 10,001 characters, at most 10,000 allowed.");
    }
}
