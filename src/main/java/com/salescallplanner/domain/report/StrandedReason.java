package com.salescallplanner.domain.report;

import com.salescallplanner.domain.ProspectHealth;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Why an open prospect counts as stranded (see {@link ProspectHealth}). */
public enum StrandedReason {
    /** No planned call ahead and no agreed next step dated today or later. */
    NO_DATED_NEXT_STEP("No dated next step", "no call is planned and no agreed next step is dated today or later"),
    /** No planned call ahead, and the most recent reviewed calls all ended without a buyer commitment. */
    CONTINUATIONS("Only continuations lately", "no call is planned and the last "
            + ProspectHealth.CONTINUATIONS_TO_STRAND + " reviewed calls ended as continuations, the buyer committed to nothing");

    private final String label;
    private final String explanation;

    StrandedReason(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** A few words for a table cell, e.g. "No dated next step". */
    public String label() {
        return label;
    }

    /** The label with what it means, e.g. "No dated next step: no call is planned and ...". */
    public String words() {
        return label + ": " + explanation + ".";
    }

    /** The labels in one line, e.g. "No dated next step; only continuations lately". */
    public static String labels(Set<StrandedReason> reasons) {
        String s = reasons.stream().sorted().map(r -> r.label.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("; "));
        return s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Every reason in full, one sentence each. */
    public static String sentence(Set<StrandedReason> reasons) {
        return reasons.stream().sorted().map(StrandedReason::words).collect(Collectors.joining(" "));
    }

    static Set<StrandedReason> of(ProspectHealth health) {
        if (!health.stranded()) {
            return Set.of();
        }
        if (health.noDatedNextStep() && health.continuationStreak()) {
            return Set.of(NO_DATED_NEXT_STEP, CONTINUATIONS);
        }
        return Set.of(health.noDatedNextStep() ? NO_DATED_NEXT_STEP : CONTINUATIONS);
    }
}
