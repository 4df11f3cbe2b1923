package com.salescallplanner.domain.check;

import java.util.Objects;

/**
 * One thing the checker noticed about a plan or a prospect.
 *
 * @param message    a sentence a rep understands: what is wrong and why it matters
 * @param suggestion what to do about it, often with an example objective that fits the stage
 */
public record Finding(Rule rule, Severity severity, Target target, String message, String suggestion) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
    }

    static Finding of(Rule rule, Target target, String message, String suggestion) {
        return new Finding(rule, rule.severity(), target, message, suggestion);
    }
}
