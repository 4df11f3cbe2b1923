package com.salescallplanner.ui.team;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.ObjectiveChecker;
import com.salescallplanner.domain.check.Rule;
import com.salescallplanner.domain.check.Target;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The manager's list: every rep's upcoming calls (planned, not yet reviewed, from now on) with
 * both objectives and the checker's findings, the ones that need attention first. Each rep's
 * calls are checked against that rep's own stage model and ladder.
 */
public final class TeamCalls {
    private TeamCalls() {
    }

    /**
     * One upcoming call of the team.
     *
     * @param noConservative the conservative objective is missing or is no commitment by the buyer
     * @param tooFarAhead    an objective aims further than the stage allows
     * @param stranded       the prospect has stalled (no next call, or continuations in a row)
     */
    public record Row(String rep, CallPlan call, String prospect, String stage, List<String> findings,
                      boolean noConservative, boolean tooFarAhead, boolean stranded) {
        /** Higher needs attention sooner: no conservative commitment, then too far ahead, then stranded. */
        public int attention() {
            return (noConservative ? 4 : 0) + (tooFarAhead ? 2 : 0) + (stranded ? 1 : 0);
        }

        /** "No conservative commitment, too far ahead" for the table, or "". */
        public String attentionText() {
            List<String> parts = new ArrayList<>();
            if (noConservative) {
                parts.add("No conservative commitment");
            }
            if (tooFarAhead) {
                parts.add("Too far ahead");
            }
            if (stranded) {
                parts.add("Stranded");
            }
            return String.join(", ", parts);
        }
    }

    public static List<Row> upcoming(Map<String, PlannerData> team, ZonedDateTime now) {
        List<Row> rows = new ArrayList<>();
        team.forEach((rep, data) -> {
            ObjectiveChecker checker = ObjectiveChecker.of(data);
            for (CallPlan c : data.calls()) {
                if (c.isReviewed() || c.end().isBefore(now)) {
                    continue;
                }
                Prospect p = data.prospect(c.prospectId()).orElse(null);
                if (p == null) {
                    continue;
                }
                List<Finding> findings = checker.check(data, c, now).findings();
                boolean noConservative = findings.stream().anyMatch(f -> f.rule() == Rule.MISSING_CONSERVATIVE
                        || f.rule() == Rule.NOT_AN_ADVANCE && f.target() == Target.CONSERVATIVE);
                boolean tooFar = findings.stream().anyMatch(f -> f.rule() == Rule.TOO_FAR_AHEAD);
                boolean stranded = ProspectHealth.of(data, p, now).stranded();
                String stage = data.stages().nameOf(c.stageIdAtPlanning());
                rows.add(new Row(rep, c, p.displayName(), stage, findings.stream().map(Finding::message).toList(),
                        noConservative, tooFar, stranded));
            }
        });
        rows.sort(Comparator.comparingInt(Row::attention).reversed().thenComparing(r -> r.call().start()));
        return rows;
    }
}
