package com.salescallplanner.domain.report;

import com.salescallplanner.domain.ProspectHealth;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Why an open prospect counts as stranded (see {@link ProspectHealth}). */
public enum StrandedReason {
    /** No planned call ahead and no agreed next step dated today or later. */
    NO_DATED_NEXT_STEP("no dated next step: no call planned and no agreed next step from today on"),
    /** The most recent reviewed calls all ended without a buyer commitment. */
    CONTINUATIONS("the last " + ProspectHealth.CONTINUATIONS_TO_STRAND + " calls ended as continuations");

    private final String words;

    StrandedReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The reasons as one sentence for a rep, e.g. "No dated next step: ...; the last 2 calls ...". */
    public static String sentence(Set<StrandedReason> reasons) {
        String s = reasons.stream().sorted().map(StrandedReason::words).collect(Collectors.joining("; "));
        return s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + ".";
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
