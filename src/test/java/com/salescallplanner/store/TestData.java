package com.salescallplanner.store;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.StageType;
import com.salescallplanner.domain.UpfrontContract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Planner data in which every field of every record holds a value, and one with every optional empty. */
public final class TestData {
    private TestData() {
    }

    /** An otherwise empty planner with n prospects whose ids and names are fixed. */
    public static PlannerData withProspects(int n) {
        PlannerData d = PlannerData.empty();
        for (int i = 0; i < n; i++) {
            d = d.withProspect(new Prospect(new ProspectId("p" + i), "Company " + i, "", List.of(), StageModel.PROSPECTING,
                    List.of(new StageChange(StageModel.PROSPECTING, LocalDate.of(2026, 1, 1))), null, "", null, ""));
        }
        return d;
    }

    /** Every field filled, custom stages and ladder, non-ASCII text, a DST-gap zone. */
    public static PlannerData full() {
        List<Stage> stages = new ArrayList<>(StageModel.defaults().stages());
        stages.add(2, new Stage(new StageId("technical-win"), "Technical win ✓", "Pilot passed — „größer“", StageType.OPEN));
        StageModel model = new StageModel(stages);
        CommitmentLadder ladder = CommitmentLadder.defaults().with(new LadderRung(CommitmentKind.EVALUATE, 5,
                "Evaluate (pilot)", "runs a pilot", new StageId("technical-win"), List.of("The CIO starts a pilot on June 1")));
        Prospect acme = new Prospect(new ProspectId("acme-1"), "Acme Logistics GmbH", "Fleet telematics rollout",
                List.of(new Contact("Dana Kim", "CFO, economic buyer", "dana@acme.example"),
                        new Contact("Jörg Müller", "IT lead", "")),
                new StageId("technical-win"),
                List.of(new StageChange(StageModel.PROSPECTING, LocalDate.of(2026, 1, 5)),
                        new StageChange(StageModel.DISCOVERY, LocalDate.of(2026, 2, 1)),
                        new StageChange(new StageId("technical-win"), LocalDate.of(2026, 3, 10))),
                new Qualification("Cut fuel cost 8%", "Dana Kim", "TCO over 3 years", "Board in Q3",
                        "Legal review 2 weeks", "Manual dispatch", "Jörg Müller", "FleetCo"),
                "SF-0061", new BigDecimal("125000.50"), "Line one\nline two \"quoted\" \\ tab\t");
        Prospect bare = Prospect.create("Bare Co", "", StageModel.PROSPECTING, LocalDate.of(2026, 4, 1));
        bare = new Prospect(new ProspectId("bare_2"), bare.company(), bare.dealName(), bare.contacts(),
                bare.stageId(), bare.stageHistory(), bare.qualification(), bare.crmId(), null, bare.notes());
        CallPlan reviewed = new CallPlan(new CallId("call-1"), acme.id(),
                ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneId.of("Europe/Berlin")), Duration.ofMinutes(45),
                List.of("Dana Kim", "Jörg Müller"), StageModel.DISCOVERY,
                new UpfrontContract("Agree the pilot", "Costs", "Scope", "45 minutes", "A yes or no on the pilot"),
                new Objective(Level.STRETCH, "Dana commits the integration team to a pilot by April 10",
                        CommitmentKind.EVALUATE, "Dana Kim", LocalDate.of(2026, 4, 10)),
                new Objective(Level.CONSERVATIVE, "Jörg shares the API docs by Friday", null, "",
                        LocalDate.of(2026, 4, 3)),
                List.of("Who signs?", "What is the budget?"),
                new CallProgress(true, true, "Went well", Instant.parse("2026-03-29T00:31:07.123Z")),
                new CallOutcome(OutcomeType.ADVANCE, true, true, "Pilot agreed", new StageId("technical-win"),
                        new NextStep("Pilot kick-off", LocalDate.of(2026, 4, 10)), LocalDate.of(2026, 3, 29)));
        CallPlan outcomeWithoutNextStep = new CallPlan(new CallId("call-2"), acme.id(),
                ZonedDateTime.of(2026, 4, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-5)), Duration.ofSeconds(90 * 60 + 30),
                List.of(), new StageId("technical-win"), null, null, null, null, null,
                new CallOutcome(OutcomeType.CONTINUATION, false, false, "", new StageId("technical-win"), null,
                        LocalDate.of(2026, 4, 2)));
        CallPlan planned = CallPlan.draft(bare.id(), ZonedDateTime.of(2026, 5, 4, 14, 0, 0, 0,
                ZoneId.of("America/New_York")), Duration.ofMinutes(30), StageModel.PROSPECTING);
        planned = new CallPlan(new CallId("call-3"), planned.prospectId(), planned.start(), planned.duration(),
                planned.attendees(), planned.stageIdAtPlanning(), planned.contract(), planned.stretch(),
                planned.conservative(), planned.questions(), planned.progress(), null);
        return PlannerData.of(model, ladder, List.of(acme, bare), List.of(reviewed, outcomeWithoutNextStep, planned),
                List.of(new com.salescallplanner.domain.LearnedPhrasing("<name> run kit at plant",
                        com.salescallplanner.domain.CommitmentKind.EVALUATE, "plant manager", true),
                        new com.salescallplanner.domain.LearnedPhrasing("thank them for time „größer“", null, null,
                                false)));
    }
}
