package com.salescallplanner.domain.report;

import com.salescallplanner.domain.DomainException;

import java.time.LocalDate;

/**
 * Which reviewed calls the hit rates count: those whose start falls on a day from {@code from}
 * to {@code to}, both included, in the rep's time zone. Either end may be open (null).
 * Days in stage and the stranded list describe today, so they do not depend on the period.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** Every call ever made. */
    public static final ReportPeriod ALL = new ReportPeriod(null, null);

    public ReportPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainException("The period starts on " + from + ", after it ends on " + to
                    + ": give the earlier date as the start.");
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /** "all reviewed calls", "reviewed calls from 2025-01-01 to 2025-03-31", "... from ...", "... up to ...". */
    public String describe() {
        if (isAll()) {
            return "all reviewed calls";
        }
        if (to == null) {
            return "reviewed calls from " + from;
        }
        return from == null ? "reviewed calls up to " + to : "reviewed calls from " + from + " to " + to;
    }
}
