package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;

import java.time.LocalDate;
import java.util.List;

/**
 * What the objective checker says about a plan, in the window's terms: a reading of each
 * objective and the findings. Kept apart from the checker's own types so the editor depends
 * on one small adapter ({@link PlanAdvisor}).
 */
public record PlanAdvice(Reading stretch, Reading conservative, List<Finding> findings, boolean ready) {
    public PlanAdvice {
        findings = List.copyOf(findings);
    }

    public Reading reading(Level level) {
        return level == Level.STRETCH ? stretch : conservative;
    }

    /** The findings about one objective (target null: about the whole plan). */
    public List<Finding> findingsFor(Level target) {
        return findings.stream().filter(f -> f.target() == target).toList();
    }

    /**
     * How the checker read one objective.
     *
     * @param owner the buyer-side person or role read from the text, or ""
     * @param due   the date read from the text, or null
     */
    public record Reading(CommitmentKind kind, boolean advance, String owner, LocalDate due) {
        public static final Reading NONE = new Reading(CommitmentKind.NONE, false, "", null);
    }

    public enum Severity {
        ERROR, WARNING, INFO
    }

    /** One rule's verdict. {@code target} is the objective it concerns, or null for the plan. */
    public record Finding(String ruleId, Severity severity, Level target, String message, String suggestion) {
    }
}
