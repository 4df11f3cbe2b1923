package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class ProspectHealthTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneId.of("UTC"));
    private final Prospect acme = Prospect.create("Acme", "Fleet", StageModel.DISCOVERY, NOW.toLocalDate());

    private CallPlan reviewed(int daysAgo, OutcomeType type, NextStep next) {
        CallPlan c = CallPlan.draft(acme.id(), NOW.minusDays(daysAgo), Duration.ofMinutes(30), StageModel.DISCOVERY);
        return c.withOutcome(new CallOutcome(type, false, false, "", StageModel.DISCOVERY, next,
                NOW.toLocalDate().minusDays(daysAgo)));
    }

    @Test
    void noCalls_openProspect_strandedForLackOfNextStep() {
        ProspectHealth h = ProspectHealth.of(PlannerData.empty().withProspect(acme), acme, NOW);
        assertThat(h.stranded()).isTrue();
        assertThat(h.noDatedNextStep()).isTrue();
    }

    @Test
    void upcomingCall_notStranded_andIsTheNextCall() {
        CallPlan next = CallPlan.draft(acme.id(), NOW.plusDays(2), Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData d = PlannerData.empty().withProspect(acme).withCall(next);
        ProspectHealth h = ProspectHealth.of(d, acme, NOW);
        assertThat(h.stranded()).isFalse();
        assertThat(h.nextCall()).contains(next);
        assertThat(h.nextStepDate()).contains(next.date());
    }

    @Test
    void nextStepDatedToday_countsAsDated_yesterdayDoesNot() {
        LocalDate today = NOW.toLocalDate();
        PlannerData d1 = PlannerData.empty().withProspect(acme)
                .withCall(reviewed(3, OutcomeType.ADVANCE, new NextStep("Demo", today)));
        assertThat(ProspectHealth.of(d1, acme, NOW).stranded()).isFalse();
        PlannerData d2 = PlannerData.empty().withProspect(acme)
                .withCall(reviewed(3, OutcomeType.ADVANCE, new NextStep("Demo", today.minusDays(1))));
        assertThat(ProspectHealth.of(d2, acme, NOW).stranded()).isTrue();
    }

    @Test
    void twoContinuationsInARow_strandedEvenWithACallPlanned() {
        CallPlan next = CallPlan.draft(acme.id(), NOW.plusDays(2), Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData one = PlannerData.empty().withProspect(acme).withCall(next)
                .withCall(reviewed(10, OutcomeType.ADVANCE, null)).withCall(reviewed(5, OutcomeType.CONTINUATION, null));
        assertThat(ProspectHealth.of(one, acme, NOW).stranded()).isFalse();
        PlannerData two = one.withCall(reviewed(4, OutcomeType.CONTINUATION, null));
        assertThat(ProspectHealth.of(two, acme, NOW).continuationStreak()).isTrue();
        assertThat(ProspectHealth.of(two, acme, NOW).stranded()).isTrue();
    }

    @Test
    void pastCallWithoutOutcome_flagsOutcomeMissing() {
        CallPlan past = CallPlan.draft(acme.id(), NOW.minusDays(1), Duration.ofMinutes(30), StageModel.DISCOVERY);
        ProspectHealth h = ProspectHealth.of(PlannerData.empty().withProspect(acme).withCall(past), acme, NOW);
        assertThat(h.outcomeMissing()).isTrue();
        assertThat(h.nextCall()).isEmpty();
    }

    @Test
    void closedProspect_neverStranded() {
        Prospect won = acme.movedTo(StageModel.CLOSED_WON, NOW.toLocalDate());
        assertThat(ProspectHealth.of(PlannerData.empty().withProspect(won), won, NOW).stranded()).isFalse();
    }
}
