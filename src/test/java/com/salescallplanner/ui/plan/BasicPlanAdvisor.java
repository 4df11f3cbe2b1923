package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.ObjectiveReading;
import com.salescallplanner.domain.check.Rule;
import com.salescallplanner.domain.check.Severity;
import com.salescallplanner.domain.check.Target;

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
    public CheckResult advise(StageId stageId, Objective stretch, Objective conservative,
                              boolean previousOutcomeMissing, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        PlannerData d = data.get();
        if (d.stages().isClosed(stageId)) {
            findings.add(new Finding(Rule.CLOSED_STAGE, Severity.ERROR, Target.PLAN,
                    "The prospect is in a closed stage.", "Reopen it before planning a call."));
        }
        if (previousOutcomeMissing) {
            findings.add(new Finding(Rule.OUTCOME_MISSING, Severity.WARNING, Target.PLAN,
                    "The previous call has no recorded outcome.", "Review it first: know where you stand."));
        }
        for (Objective o : List.of(stretch, conservative)) {
            if (o.isBlank()) {
                findings.add(new Finding(o.level() == Level.STRETCH ? Rule.MISSING_STRETCH : Rule.MISSING_CONSERVATIVE,
                        Severity.ERROR, Target.of(o.level()), "The " + o.level().id() + " objective is missing.",
                        "Write what the buyer commits to."));
            }
        }
        return new CheckResult(stageId, List.of(reading(stretch), reading(conservative)), findings);
    }

    private static ObjectiveReading reading(Objective o) {
        CommitmentKind k = o.kindOverride() == null ? CommitmentKind.NONE : o.kindOverride();
        return new ObjectiveReading(o.level(), o.text(), k, false, k != CommitmentKind.NONE, null, null, null);
    }

    @Override
    public List<String> examplesFor(StageId stageId) {
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
