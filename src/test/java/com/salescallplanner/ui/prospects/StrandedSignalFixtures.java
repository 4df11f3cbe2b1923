package com.salescallplanner.ui.prospects;

import static com.salescallplanner.ui.TestData.NOW;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;

import java.time.Duration;

/** Three prospects for the "Stranded" signal: just added, called tomorrow, idle for 23 days. */
public final class StrandedSignalFixtures {
    /** Added a minute ago, nothing planned yet. */
    public static final Prospect FRESH = Prospect.create("Fresh Start", "", StageModel.PROSPECTING, NOW.toLocalDate());
    /** Two continuations, and a call planned for tomorrow. */
    public static final Prospect TOMORROW = Prospect.create("Tomorrow Tools", "", StageModel.DISCOVERY,
            NOW.toLocalDate().minusDays(60));
    /** Last spoken to 23 days ago, nothing agreed, nothing planned. */
    public static final Prospect IDLE = Prospect.create("Idle Industries", "", StageModel.DISCOVERY,
            NOW.toLocalDate().minusDays(60));

    public static CallPlan reviewed(Prospect p, int daysAgo, OutcomeType type, NextStep next) {
        return CallPlan.draft(p.id(), NOW.minusDays(daysAgo), Duration.ofMinutes(30), p.stageId())
                .withOutcome(new CallOutcome(type, false, false, "", p.stageId(), next, NOW.toLocalDate().minusDays(daysAgo)));
    }

    public static PlannerData data() {
        return PlannerData.empty().withProspect(FRESH).withProspect(TOMORROW).withProspect(IDLE)
                .withCall(reviewed(TOMORROW, 30, OutcomeType.CONTINUATION, null))
                .withCall(reviewed(TOMORROW, 20, OutcomeType.CONTINUATION, null))
                .withCall(TestData.call(TOMORROW, NOW.plusDays(1), "a", "b"))
                .withCall(reviewed(IDLE, 23, OutcomeType.ADVANCE, null));
    }

    private StrandedSignalFixtures() {
    }
}
