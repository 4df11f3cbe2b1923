package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class ProspectHealthTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneId.of("UTC"));
    /** Added a month ago: past its grace period. */
    private final Prospect acme = Prospect.create("Acme", "Fleet", StageModel.DISCOVERY, NOW.toLocalDate().minusDays(30));

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
    void twoContinuationsInARow_stranded_untilACallIsPlanned() {
        LocalDate later = NOW.toLocalDate().plusDays(9);
        PlannerData one = PlannerData.empty().withProspect(acme)
                .withCall(reviewed(10, OutcomeType.ADVANCE, null))
                .withCall(reviewed(5, OutcomeType.CONTINUATION, new NextStep("Call again", later)));
        assertThat(ProspectHealth.of(one, acme, NOW).stranded()).isFalse();
        PlannerData two = one.withCall(reviewed(4, OutcomeType.CONTINUATION, new NextStep("Call again", later)));
        ProspectHealth h = ProspectHealth.of(two, acme, NOW);
        assertThat(h.continuationStreak()).isTrue();
        assertThat(h.stranded()).isTrue();
        assertThat(h.strandedWhy(NOW.toLocalDate())).isEqualTo("No call planned, and the last 2 calls ended as "
                + "continuations (the buyer committed to nothing); last contact 4 days ago.");

        CallPlan tomorrow = CallPlan.draft(acme.id(), NOW.plusDays(1), Duration.ofMinutes(30), StageModel.DISCOVERY);
        ProspectHealth planned = ProspectHealth.of(two.withCall(tomorrow), acme, NOW);
        assertThat(planned.continuationStreak()).isTrue();
        assertThat(planned.stranded()).as("a call tomorrow is the answer to drift").isFalse();
        assertThat(planned.strandedWhy(NOW.toLocalDate())).isEmpty();
    }

    @Test
    void callTomorrow_neverStranded_evenWithoutAnyNextStepOrHistory() {
        CallPlan tomorrow = CallPlan.draft(acme.id(), NOW.plusDays(1), Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData d = PlannerData.empty().withProspect(acme).withCall(tomorrow)
                .withCall(reviewed(20, OutcomeType.CONTINUATION, null)).withCall(reviewed(12, OutcomeType.CONTINUATION, null));
        assertThat(ProspectHealth.of(d, acme, NOW).stranded()).isFalse();
    }

    @Test
    void newProspect_hasAGracePeriod_thenIsStrandedWithTheReason() {
        LocalDate today = NOW.toLocalDate();
        Prospect fresh = Prospect.create("Fresh", "", StageModel.PROSPECTING, today);
        ProspectHealth justNow = ProspectHealth.of(PlannerData.empty().withProspect(fresh), fresh, NOW);
        assertThat(justNow.justAdded()).isTrue();
        assertThat(justNow.stranded()).as("added a minute ago").isFalse();

        Prospect sixDays = Prospect.create("Six", "", StageModel.PROSPECTING, today.minusDays(ProspectHealth.GRACE_DAYS - 1));
        assertThat(ProspectHealth.of(PlannerData.empty().withProspect(sixDays), sixDays, NOW).stranded()).isFalse();

        Prospect week = Prospect.create("Week", "", StageModel.PROSPECTING, today.minusDays(ProspectHealth.GRACE_DAYS));
        ProspectHealth h = ProspectHealth.of(PlannerData.empty().withProspect(week), week, NOW);
        assertThat(h.stranded()).isTrue();
        assertThat(h.strandedWhy(today)).isEqualTo("No call planned and no dated next step; never called, added 7 days ago.");
    }

    @Test
    void newProspectWithAPastCall_isNotInGrace() {
        Prospect fresh = Prospect.create("Fresh", "", StageModel.DISCOVERY, NOW.toLocalDate().minusDays(2));
        CallPlan c = CallPlan.draft(fresh.id(), NOW.minusDays(1), Duration.ofMinutes(30), StageModel.DISCOVERY)
                .withOutcome(new CallOutcome(OutcomeType.CONTINUATION, false, false, "", StageModel.DISCOVERY, null,
                        NOW.toLocalDate().minusDays(1)));
        ProspectHealth h = ProspectHealth.of(PlannerData.empty().withProspect(fresh).withCall(c), fresh, NOW);
        assertThat(h.justAdded()).isFalse();
        assertThat(h.stranded()).isTrue();
        assertThat(h.lastContact()).contains(NOW.toLocalDate().minusDays(1));
        assertThat(h.strandedWhy(NOW.toLocalDate())).isEqualTo("No call planned and no dated next step; last contact yesterday.");
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
