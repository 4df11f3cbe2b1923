package com.salescallplanner.app;

import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.StageModel.PROSPECTING;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A handful of prospects and calls for the first-run screen, until the sample generator is wired. */
final class StarterSample {
    private StarterSample() {
    }

    static PlannerData create(ZonedDateTime now) {
        List<Prospect> prospects = new ArrayList<>();
        List<CallPlan> calls = new ArrayList<>();
        ZonedDateTime morning = now.withHour(10).withMinute(0).withSecond(0).withNano(0);
        Prospect acme = prospect("Acme Logistics", "Fleet telematics rollout", EVALUATION, now, 12,
                new Contact("Dana Kim", "CFO, economic buyer", "dana.kim@acme.example"),
                new Contact("Ravi Shah", "IT lead, champion", "ravi@acme.example"));
        prospects.add(acme);
        calls.add(CallPlan.draft(acme.id(), morning.plusDays(1), Duration.ofMinutes(45), EVALUATION)
                .withContract(new UpfrontContract("Agree the pilot scope", "Integration effort, security",
                        "Pilot plan and dates", "45 minutes", "A go or no-go on a two-week pilot"))
                .withObjective(Objective.of(Level.STRETCH,
                        "The CIO commits the integration team to a two-week pilot starting June 1"))
                .withObjective(Objective.of(Level.CONSERVATIVE,
                        "Ravi shares the current dispatch process documentation by Friday")));
        Prospect north = prospect("Northwind Foods", "Warehouse scanning", DISCOVERY, now, 30,
                new Contact("Lena Ortiz", "Head of operations", "lena@northwind.example"));
        prospects.add(north);
        calls.add(CallPlan.draft(north.id(), morning.minusDays(2), Duration.ofMinutes(30), DISCOVERY)
                .withObjective(Objective.of(Level.STRETCH, "Lena introduces us to the VP of Operations by next week"))
                .withObjective(Objective.of(Level.CONSERVATIVE, "Lena shares last year's volume figures by the 15th")));
        Prospect globex = prospect("Globex", "Procurement suite", PROPOSAL, now, 8,
                new Contact("Sam Berg", "VP Finance", "sam.berg@globex.example"));
        prospects.add(globex);
        CallPlan reviewed = CallPlan.draft(globex.id(), morning.minusDays(6), Duration.ofMinutes(60), EVALUATION)
                .withObjective(Objective.of(Level.STRETCH, "Sam reviews our proposal with us and confirms the budget"))
                .withObjective(Objective.of(Level.CONSERVATIVE, "Sam agrees a mutual action plan with dates by Friday"));
        calls.add(reviewed.withOutcome(new CallOutcome(OutcomeType.ADVANCE, true, true, "Budget confirmed.",
                PROPOSAL, new NextStep("Proposal walkthrough with the CFO", now.toLocalDate().plusDays(3)),
                morning.minusDays(6).toLocalDate())));
        calls.add(CallPlan.draft(globex.id(), morning.plusDays(3), Duration.ofMinutes(30), PROPOSAL));
        prospects.add(prospect("Initech", "Support desk licences", PROSPECTING, now, 4,
                new Contact("Peter Gibbons", "Team lead", "")));
        prospects.add(prospect("Umbrella Health", "Clinic scheduling", NEGOTIATION, now, 15,
                new Contact("Alice Abernathy", "Procurement", "alice@umbrella.example")));
        prospects.add(prospect("Stark Industries", "Engineering analytics", StageModel.CLOSED_WON, now, 40));
        return PlannerData.of(StageModel.defaults(), CommitmentLadder.defaults(), prospects, calls);
    }

    private static Prospect prospect(String company, String deal, String stage, ZonedDateTime now, int daysAgo,
                                     Contact... contacts) {
        Prospect p = Prospect.create(company, deal, stage, now.toLocalDate().minusDays(daysAgo));
        return p.withContacts(List.of(contacts));
    }
}
