package com.salescallplanner.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Where a prospect stands today: its next call, its dated next step, and whether it is stranded.
 * This is the one place the "Stranded" rule lives; the list, the board, the reports, Today and
 * the command line all read it from here.
 *
 * <p>Stranded means the sale drifts: the prospect is open, no call is planned ahead, it is past
 * its first {@value #GRACE_DAYS} days (a prospect just added has a week to get its first call
 * planned), and either no agreed next step is dated today or later, or its last
 * {@value #CONTINUATIONS_TO_STRAND} reviewed calls ended as continuations (the buyer committed
 * to nothing). A planned call ahead is the rep's answer to drift, so it always clears the signal.
 *
 * @param nextCall        the earliest planned (not yet reviewed) call from now on, if any
 * @param nextStepDate    the earliest dated next step: that call's date or an agreed next step's date
 * @param lastReviewed    the most recent reviewed call, if any
 * @param outcomeMissing  a call in the past has no recorded outcome
 * @param lastContact     the day of the most recent call that has started, reviewed or not
 * @param addedOn         the day the prospect entered its first stage (when it was added or imported)
 * @param justAdded       never called and added less than {@value #GRACE_DAYS} days ago
 */
public record ProspectHealth(Optional<CallPlan> nextCall, Optional<LocalDate> nextStepDate,
                             Optional<CallPlan> lastReviewed, boolean outcomeMissing,
                             boolean closed, boolean noDatedNextStep, boolean continuationStreak,
                             Optional<LocalDate> lastContact, LocalDate addedOn, boolean justAdded) {
    public static final int CONTINUATIONS_TO_STRAND = 2;
    /** Days a new prospect, never called yet, has before it counts as stranded. */
    public static final int GRACE_DAYS = 7;

    public boolean stranded() {
        return !closed && nextCall.isEmpty() && !justAdded && (noDatedNextStep || continuationStreak);
    }

    /**
     * Why the prospect is stranded, in one sentence a rep understands, e.g. "No call planned and
     * no dated next step; last contact 23 days ago."; "" when it is not stranded.
     */
    public String strandedWhy(LocalDate today) {
        if (!stranded()) {
            return "";
        }
        String what = noDatedNextStep && continuationStreak
                ? "No call planned, no dated next step, and the last " + CONTINUATIONS_TO_STRAND
                        + " calls ended as continuations"
                : noDatedNextStep ? "No call planned and no dated next step"
                : "No call planned, and the last " + CONTINUATIONS_TO_STRAND
                        + " calls ended as continuations (the buyer committed to nothing)";
        String since = lastContact.map(d -> "last contact " + days(d, today))
                .orElse("never called, added " + days(addedOn, today));
        return what + "; " + since + ".";
    }

    private static String days(LocalDate from, LocalDate today) {
        long n = Math.max(0, ChronoUnit.DAYS.between(from, today));
        return n == 0 ? "today" : n == 1 ? "yesterday" : n + " days ago";
    }

    public static ProspectHealth of(PlannerData data, Prospect p, ZonedDateTime now) {
        List<CallPlan> calls = data.callsOf(p.id());
        LocalDate today = now.toLocalDate();
        CallPlan next = null;
        CallPlan lastReviewed = null;
        LocalDate lastContact = null;
        boolean outcomeMissing = false;
        for (CallPlan c : calls) {
            if (!c.start().isAfter(now)) {
                lastContact = c.start().withZoneSameInstant(now.getZone()).toLocalDate();
            }
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
        LocalDate addedOn = p.stageHistory().get(0).date();
        boolean justAdded = calls.isEmpty() && ChronoUnit.DAYS.between(addedOn, today) < GRACE_DAYS;
        return new ProspectHealth(Optional.ofNullable(next), Optional.ofNullable(nextStep),
                Optional.ofNullable(lastReviewed), outcomeMissing, closed, nextStep == null,
                continuationStreak(calls), Optional.ofNullable(lastContact), addedOn, justAdded);
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
