package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.StageModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** Checking plans and prospects of the rep's data: previous outcomes, closed prospects, next steps. */
class PlanCheckTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 2, 16, 9, 0, 0, 0, ZONE);
    private final Prospect acme = Prospect.create("Acme", "", DISCOVERY, LocalDate.of(2026, 1, 5));

    private CallPlan plan(ZonedDateTime start) {
        return CallPlan.draft(acme.id(), start, Duration.ofMinutes(30), DISCOVERY)
                .withObjective(Objective.of(Level.STRETCH, ObjectiveCheckerTest.GOOD_STRETCH))
                .withObjective(Objective.of(Level.CONSERVATIVE, ObjectiveCheckerTest.GOOD_CONSERVATIVE));
    }

    private static CallOutcome outcome(NextStep next) {
        return new CallOutcome(OutcomeType.ADVANCE, true, true, "", DISCOVERY, next, LocalDate.of(2026, 2, 10));
    }

    private PlannerData data(Prospect p, CallPlan... calls) {
        return PlannerData.empty().withProspect(p).withCall(calls[0]).withCall(calls.length > 1 ? calls[1] : calls[0]);
    }

    @Test
    void check_earlierCallEndedWithoutOutcome_warnsOutcomeMissing() {
        CallPlan earlier = plan(NOW.minusDays(6));
        CallPlan next = plan(NOW.plusDays(2));
        CheckResult r = ObjectiveChecker.of(PlannerData.empty()).check(data(acme, earlier, next), next, NOW);
        assertThat(r.has(Rule.OUTCOME_MISSING, Target.PLAN)).isTrue();
    }

    @Test
    void check_earlierCallReviewed_orNotYetHeld_noOutcomeMissing() {
        CallPlan reviewed = plan(NOW.minusDays(6)).withOutcome(outcome(null));
        CallPlan next = plan(NOW.plusDays(2));
        ObjectiveChecker checker = ObjectiveChecker.of(PlannerData.empty());
        assertThat(checker.check(data(acme, reviewed, next), next, NOW).has(Rule.OUTCOME_MISSING)).isFalse();
        CallPlan tomorrow = plan(NOW.plusDays(1));
        CallPlan later = plan(NOW.plusDays(8));
        assertThat(checker.check(data(acme, tomorrow, later), later, NOW).has(Rule.OUTCOME_MISSING)).isFalse();
    }

    @Test
    void check_plannedCallForAProspectClosedSince_isAClosedStageError() {
        Prospect won = acme.movedTo(CLOSED_WON, LocalDate.of(2026, 2, 12));
        CallPlan next = plan(NOW.plusDays(2));
        CheckResult r = ObjectiveChecker.of(PlannerData.empty()).check(data(won, next), next, NOW);
        assertThat(r.has(Rule.CLOSED_STAGE)).isTrue();
        assertThat(r.ready()).isFalse();
        CallPlan reviewed = plan(NOW.minusDays(6)).withOutcome(outcome(null));
        assertThat(ObjectiveChecker.of(PlannerData.empty()).check(data(won, reviewed), reviewed, NOW)
                .has(Rule.CLOSED_STAGE)).isFalse();
    }
}
