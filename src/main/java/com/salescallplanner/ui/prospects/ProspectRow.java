package com.salescallplanner.ui.prospects;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * One line of the prospect list, computed once per data change so that filtering per typed
 * character only compares precomputed values: the lower-case search key and the flags.
 *
 * @param nextCall the next planned call's start, or null
 * @param closed   whether the prospect is in a closed stage (won or lost)
 * @param strandedWhy why it is stranded ({@link ProspectHealth#strandedWhy}), "" when it is not
 */
public record ProspectRow(Prospect prospect, String stageName, int stageOrder, boolean closed, ZonedDateTime nextCall,
                          long daysInStage, boolean outcomeMissing, boolean stranded, boolean callToday,
                          boolean callThisWeek, String searchKey, String strandedWhy) {

    public static ProspectRow of(PlannerData data, Prospect p, ZonedDateTime now) {
        ProspectHealth health = ProspectHealth.of(data, p, now);
        LocalDate today = now.toLocalDate();
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekEnd = weekStart.plusDays(6);
        boolean callToday = false;
        boolean callThisWeek = false;
        for (CallPlan c : data.callsOf(p.id())) {
            if (c.isReviewed()) {
                continue;
            }
            LocalDate d = c.date();
            callToday |= d.equals(today);
            callThisWeek |= !d.isBefore(weekStart) && !d.isAfter(weekEnd);
        }
        return new ProspectRow(p, data.stages().nameOf(p.stageId()), data.stages().indexOf(p.stageId()),
                data.stages().isClosed(p.stageId()), health.nextCall().map(CallPlan::start).orElse(null), p.daysInStage(today),
                health.outcomeMissing(), health.stranded(), callToday, callThisWeek, searchKey(p),
                health.strandedWhy(today));
    }

    /**
     * The row of a prospect whose calls are not read yet ({@link ProspectListViewModel}'s rows
     * while a large file opens): no next call and no flag, which only the calls can tell.
     */
    static ProspectRow withoutCalls(PlannerData prospectsOnly, Prospect p, LocalDate today) {
        return new ProspectRow(p, prospectsOnly.stages().nameOf(p.stageId()), prospectsOnly.stages().indexOf(p.stageId()),
                prospectsOnly.stages().isClosed(p.stageId()), null, p.daysInStage(today), false, false, false, false,
                searchKey(p), "");
    }

    /** Company, deal and every contact's name, role and e-mail, lower-cased once. */
    static String searchKey(Prospect p) {
        StringBuilder b = new StringBuilder(p.company()).append('\n').append(p.dealName());
        for (Contact c : p.contacts()) {
            b.append('\n').append(c.name()).append('\n').append(c.role()).append('\n').append(c.email());
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** "Outcome missing", "Stranded", both, or "". */
    public String flagText() {
        if (outcomeMissing && stranded) {
            return "Outcome missing, stranded";
        }
        return outcomeMissing ? "Outcome missing" : stranded ? "Stranded" : "";
    }
}
