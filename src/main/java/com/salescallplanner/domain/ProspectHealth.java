package com.salescallplanner.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a prospect stands today: its next call, its dated next step, and whether it is stranded.
 *
 * <p>Stranded means open and either without a dated next step (no upcoming planned call and no
 * next step dated today or later) or with its last {@value #CONTINUATIONS_TO_STRAND} reviewed
 * calls ending as continuations: the sale drifts without a buyer commitment.
 *
 * @param nextCall        the earliest planned (not yet reviewed) call from now on, if any
 * @param nextStepDate    the earliest dated next step: that call's date or an agreed next step's date
 * @param lastReviewed    the most recent reviewed call, if any
 * @param outcomeMissing  a call in the past has no recorded outcome
 */
public record ProspectHealth(Optional<CallPlan> nextCall, Optional<LocalDate> nextStepDate,
                             Optional<CallPlan> lastReviewed, boolean outcomeMissing,
                             boolean closed, boolean noDatedNextStep, boolean continuationStreak) {
    public static final int CONTINUATIONS_TO_STRAND = 2;

    public boolean stranded() {
        return !closed && (noDatedNextStep || continuationStreak);
    }

    public static ProspectHealth of(PlannerData data, Prospect p, ZonedDateTime now) {
        List<CallPlan> calls = data.callsOf(p.id());
        LocalDate today = now.toLocalDate();
        CallPlan next = null;
        CallPlan lastReviewed = null;
        boolean outcomeMissing = false;
        for (CallPlan c : calls) {
            if (c.isReviewed()) {
                lastReviewed = c;
            } else if (!c.end().isAfter(now)) {
                outcomeMissing = true;
            } else if (next == null) {
                next = c;
            }
        }
        LocalDate nextStep = next == null ? null : next.date();
        if (lastReviewed != null && lastReviewed.outcome().nextStep() != null) {
            LocalDate d = lastReviewed.outcome().nextStep().date();
            if (!d.isBefore(today) && (nextStep == null || d.isBefore(nextStep))) {
                nextStep = d;
            }
        }
        boolean closed = data.stages().isClosed(p.stageId());
        return new ProspectHealth(Optional.ofNullable(next), Optional.ofNullable(nextStep),
                Optional.ofNullable(lastReviewed), outcomeMissing, closed, nextStep == null,
                continuationStreak(calls));
    }

    private static boolean continuationStreak(List<CallPlan> calls) {
        int streak = 0;
        for (int i = calls.size() - 1; i >= 0 && streak < CONTINUATIONS_TO_STRAND; i--) {
            CallPlan c = calls.get(i);
            if (!c.isReviewed()) {
                continue;
            }
            if (c.outcome().type() != OutcomeType.CONTINUATION) {
                return false;
            }
            streak++;
        }
        return streak >= CONTINUATIONS_TO_STRAND;
    }
}
