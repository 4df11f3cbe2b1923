package com.salescallplanner.store.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.UpfrontContract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** A prospect with one reviewed call and one planned call, as the export tests need them. */
final class SampleCalls {
    static final CallId EARLIER = new CallId("call-earlier");
    static final CallId PLANNED = new CallId("call-planned");
    static final String STRETCH = "Dana brings the integration team to a technical workshop by 2026-04-10";
    static final String CONSERVATIVE = "Dana introduces the CFO, Lee Park, in a call before 2026-04-03";

    private SampleCalls() {
    }

    static PlannerData data(ZonedDateTime plannedStart) {
        Prospect p = Prospect.create("Müller Maschinenbau GmbH", "Fleet renewal, phase 2", StageModel.DISCOVERY,
                        LocalDate.of(2026, 1, 5))
                .movedTo(StageModel.EVALUATION, LocalDate.of(2026, 2, 20))
                .withContacts(List.of(new Contact("Dana Kim", "Head of Operations, champion", "dana@example.com"),
                        new Contact("Lee Park", "CFO, economic buyer")));
        CallPlan earlier = new CallPlan(EARLIER, p.id(), plannedStart.minusDays(20), Duration.ofMinutes(30),
                List.of("Dana Kim"), StageModel.DISCOVERY, UpfrontContract.EMPTY,
                Objective.of(Level.STRETCH, "Dana agrees a demo for the buying group on 2026-02-20"),
                Objective.of(Level.CONSERVATIVE, "Dana shares the fleet list by 2026-02-15"), List.of(), null,
                new CallOutcome(OutcomeType.ADVANCE, true, true, "Demo booked; fleet list received.",
                        StageModel.EVALUATION, new NextStep("Demo", LocalDate.of(2026, 2, 20)),
                        plannedStart.minusDays(20).toLocalDate()));
        CallPlan planned = new CallPlan(PLANNED, p.id(), plannedStart, Duration.ofMinutes(45),
                List.of("Dana Kim", "Sam Rivera"), StageModel.EVALUATION,
                new UpfrontContract("Review the pilot results, decide on next steps", "Integration effort, cost",
                        "Success criteria, who signs", "45 minutes", "A yes or no to a workshop; no is fine"),
                new Objective(Level.STRETCH, STRETCH, null, "Dana Kim", LocalDate.of(2026, 4, 10)),
                Objective.of(Level.CONSERVATIVE, CONSERVATIVE),
                List.of("What would make the pilot a success for you?", "Who else signs off on the budget?"),
                null, null);
        return PlannerData.empty().withProspect(p).withCall(earlier).withCall(planned);
    }
}
