package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.plan.PlanAdvice.Finding;
import com.salescallplanner.ui.plan.PlanAdvice.Reading;
import com.salescallplanner.ui.plan.PlanAdvice.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The structural rules only (missing objectives, closed stage, outcome missing), for when no
 * text-reading checker is wired. Kinds come from the rep's overrides.
 */
public final class BasicPlanAdvisor implements PlanAdvisor {
    private final Supplier<PlannerData> data;

    public BasicPlanAdvisor(Supplier<PlannerData> data) {
        this.data = data;
    }

    @Override
    public PlanAdvice advise(String stageId, Objective stretch, Objective conservative, boolean previousOutcomeMissing,
                             LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        PlannerData d = data.get();
        if (d.stages().isClosed(stageId)) {
            findings.add(new Finding("closed-stage", Severity.ERROR, null,
                    "The prospect is in a closed stage.", "Reopen it before planning a call."));
        }
        if (previousOutcomeMissing) {
            findings.add(new Finding("outcome-missing", Severity.WARNING, null,
                    "The previous call has no recorded outcome.", "Review it first: know where you stand."));
        }
        for (Objective o : List.of(stretch, conservative)) {
            if (o.isBlank()) {
                findings.add(new Finding("missing-" + o.level().id(), Severity.ERROR, o.level(),
                        "The " + o.level().id() + " objective is missing.", "Write what the buyer commits to."));
            }
        }
        boolean ready = findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new PlanAdvice(reading(stretch), reading(conservative), findings, ready);
    }

    private static Reading reading(Objective o) {
        CommitmentKind k = o.kindOverride() == null ? CommitmentKind.NONE : o.kindOverride();
        return new Reading(k, k != CommitmentKind.NONE, "", null);
    }

    @Override
    public List<String> examplesFor(String stageId) {
        PlannerData d = data.get();
        int stage = d.stages().indexOf(stageId);
        List<String> out = new ArrayList<>();
        for (LadderRung r : d.ladder().rungs()) {
            int earliest = d.stages().indexOf(r.earliestStageId());
            if (earliest <= stage + 1 && earliest >= stage - 1) {
                out.addAll(r.examples());
            }
        }
        return out;
    }

}
