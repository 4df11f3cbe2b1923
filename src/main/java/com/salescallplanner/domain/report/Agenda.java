package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The rep's calls from now on: planned calls of today and the next {@value #DAYS_AHEAD} days
 * grouped by day, and the calls that are over but have no outcome yet.
 *
 * <p>A planned call belongs to the agenda until it ends; once it has ended without an outcome it
 * needs a review (the same line {@code ProspectHealth} draws for "outcome missing").
 *
 * @param days        today first (always present, possibly without calls), then only days with calls
 * @param needsReview calls that have ended and have no outcome, the most recent first
 */
public record Agenda(LocalDate today, List<AgendaDay> days, List<AgendaCall> needsReview) {
    public static final int DAYS_AHEAD = 7;

    public Agenda {
        days = List.copyOf(days);
        needsReview = List.copyOf(needsReview);
    }

    /** One pass over the calls; dates are taken in the time zone of {@code now}. */
    public static Agenda of(PlannerData data, ZonedDateTime now) {
        ZoneId zone = now.getZone();
        LocalDate today = now.toLocalDate();
        LocalDate lastDay = today.plusDays(DAYS_AHEAD);
        TreeMap<LocalDate, List<AgendaCall>> byDay = new TreeMap<>();
        byDay.put(today, new ArrayList<>());
        List<AgendaCall> needsReview = new ArrayList<>();
        for (CallPlan c : data.calls()) {
            if (c.isReviewed()) {
                continue;
            }
            ZonedDateTime start = c.start().withZoneSameInstant(zone);
            if (!c.end().isAfter(now)) {
                needsReview.add(entry(data, c, start));
                continue;
            }
            LocalDate day = start.toLocalDate();
            if (day.isAfter(lastDay)) {
                continue;
            }
            // A call that began before today and is still running shows under today.
            LocalDate shownOn = day.isBefore(today) ? today : day;
            byDay.computeIfAbsent(shownOn, d -> new ArrayList<>()).add(entry(data, c, start));
        }
        Comparator<AgendaCall> byStart = Comparator.comparing(AgendaCall::start)
                .thenComparing(a -> a.prospect().company(), String.CASE_INSENSITIVE_ORDER);
        List<AgendaDay> days = new ArrayList<>();
        byDay.forEach((d, calls) -> {
            calls.sort(byStart);
            days.add(new AgendaDay(d, calls));
        });
        needsReview.sort(byStart.reversed());
        return new Agenda(today, days, needsReview);
    }

    public List<AgendaCall> todaysCalls() {
        return days.get(0).calls();
    }

    private static AgendaCall entry(PlannerData data, CallPlan c, ZonedDateTime start) {
        Prospect p = data.prospect(c.prospectId()).orElseThrow();
        return new AgendaCall(c, p, data.stages().require(c.stageIdAtPlanning()), start);
    }
}
