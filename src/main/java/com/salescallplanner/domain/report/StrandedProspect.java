package com.salescallplanner.domain.report;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;

import java.util.OptionalLong;
import java.util.Set;

/**
 * An open prospect without a buyer commitment ahead, for the stranded list.
 *
 * @param reasons           why it is stranded (never empty)
 * @param daysSinceLastCall days since the last call; empty when there has been none
 * @param why               the reason in one sentence, as the list and the board show it
 *                          ({@link com.salescallplanner.domain.ProspectHealth#strandedWhy})
 */
public record StrandedProspect(Prospect prospect, Stage stage, Set<StrandedReason> reasons,
                               OptionalLong daysSinceLastCall, long daysInStage, String why) {
    public StrandedProspect {
        reasons = Set.copyOf(reasons);
    }

    /** In a few words, e.g. "No dated next step; only continuations lately". */
    public String reason() {
        return StrandedReason.labels(reasons);
    }

    /** In full sentences a rep understands: the list's reason, then what each reason means. */
    public String explanation() {
        return why + " " + StrandedReason.sentence(reasons);
    }
}
