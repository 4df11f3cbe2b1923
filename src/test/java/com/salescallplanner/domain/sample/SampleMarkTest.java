package com.salescallplanner.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class SampleMarkTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void marked_isTheSameSampleWithMarkedIds_andTheUnmarkedOneHasNone() {
        PlannerData marked = SampleGenerator.marked(20, 80, 3, NOW);
        PlannerData plain = SampleGenerator.generate(20, 80, 3, NOW);
        assertThat(marked.prospects()).allMatch(SampleMark::isSample);
        assertThat(marked.calls()).allMatch(c -> c.id().value().startsWith(SampleMark.PREFIX));
        assertThat(plain.prospects()).noneMatch(SampleMark::isSample);
        assertThat(marked.prospects()).extracting(Prospect::company)
                .containsExactlyElementsOf(plain.prospects().stream().map(Prospect::company).toList());
        assertThat(SampleMark.prospects(marked)).isEqualTo(20);
        assertThat(SampleMark.calls(marked)).isEqualTo(80);
    }

    @Test
    void withoutSamples_keepsExactlyTheRepsOwnProspectsAndCalls() {
        Prospect own = Prospect.create("Acme", "Fleet", StageModel.DISCOVERY, NOW.toLocalDate());
        CallPlan ownCall = CallPlan.draft(own.id(), NOW.plusDays(1), Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData sample = SampleGenerator.marked(15, 60, 9, NOW);
        Prospect sampleProspect = sample.prospects().get(0);
        // A call the rep planned with a sample prospect goes with it.
        CallPlan onSample = CallPlan.draft(sampleProspect.id(), NOW.plusDays(2), Duration.ofMinutes(30),
                sampleProspect.stageId());
        PlannerData mixed = sample.withProspect(own).withCall(ownCall).withCall(onSample);

        PlannerData cleaned = SampleMark.withoutSamples(mixed);

        assertThat(cleaned.prospects()).containsExactly(own);
        assertThat(cleaned.calls()).containsExactly(ownCall);
        assertThat(cleaned.stages()).isEqualTo(mixed.stages());
        assertThat(SampleMark.withoutSamples(cleaned)).isSameAs(cleaned);
    }
}
