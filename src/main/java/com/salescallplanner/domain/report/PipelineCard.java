package com.salescallplanner.domain.report;

import com.salescallplanner.domain.Prospect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One prospect as the pipeline shows it today.
 *
 * @param nextCallDate     the date of the next planned call, if any
 * @param nextStepDate     the earliest dated next step: the next call or an agreed step from today on
 * @param lastCallDate     the date of the most recent call that has started, reviewed or not
 * @param strandedReasons  empty unless the prospect is open and stranded
 * @param outcomeMissing   a past call of the prospect has no recorded outcome
 * @param strandedWhy      why it is stranded, in one sentence with the last contact
 *                         ({@link com.salescallplanner.domain.ProspectHealth#strandedWhy}); "" when it is not
 */
public record PipelineCard(Prospect prospect, long daysInStage, Optional<LocalDate> nextCallDate,
                           Optional<LocalDate> nextStepDate, Optional<LocalDate> lastCallDate,
                           Set<StrandedReason> strandedReasons, boolean outcomeMissing,
                           String strandedWhy) {
    public PipelineCard {
        strandedReasons = Set.copyOf(strandedReasons);
    }

    public boolean stranded() {
        return !strandedReasons.isEmpty();
    }

    /** Why the prospect is stranded, e.g. "No call planned and no dated next step; last contact 9 days ago."; "" when it is not. */
    public String strandedReason() {
        return strandedWhy;
    }

    /** Days from the last call to {@code today}; empty when there has been no call yet. */
    public OptionalLong daysSinceLastCall(LocalDate today) {
        return lastCallDate.map(d -> OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(d, today))))
                .orElse(OptionalLong.empty());
    }

    /** How long nothing has happened: days since the last call, or in the stage when never called. */
    public long idleDays(LocalDate today) {
        return daysSinceLastCall(today).orElse(daysInStage);
    }
}
