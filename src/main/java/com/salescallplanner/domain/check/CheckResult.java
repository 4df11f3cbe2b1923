package com.salescallplanner.domain.check;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.StageId;

import java.util.List;

/**
 * The outcome of checking a plan: how each objective was read and what was found.
 *
 * @param readings the stretch reading, then the conservative one
 */
public record CheckResult(StageId stageId, List<ObjectiveReading> readings, List<Finding> findings) {
    public CheckResult {
        readings = List.copyOf(readings);
        findings = List.copyOf(findings);
    }

    /** Ready to use: no error-severity finding. Warnings never block. */
    public boolean ready() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    public ObjectiveReading reading(Level level) {
        return readings.get(level == Level.STRETCH ? 0 : 1);
    }

    public List<Finding> findings(Target target) {
        return findings.stream().filter(f -> f.target() == target).toList();
    }

    public boolean has(Rule rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }

    public boolean has(Rule rule, Target target) {
        return findings.stream().anyMatch(f -> f.rule() == rule && f.target() == target);
    }
}
