package com.salescallplanner.ui.reports;

import com.salescallplanner.domain.report.ReportPeriod;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The periods the Reports view offers for its hit rates, relative to today. */
public enum ReportRange {
    ALL_TIME("All time", ""),
    LAST_30_DAYS("Last 30 days", " in the last 30 days"),
    LAST_90_DAYS("Last 90 days", " in the last 90 days"),
    THIS_QUARTER("This quarter", " this quarter"),
    LAST_QUARTER("Last quarter", " last quarter"),
    THIS_YEAR("This year", " this year");

    private final String label;
    private final String phrase;

    ReportRange(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** The days it covers, today included where it reaches today. */
    public ReportPeriod period(LocalDate today) {
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return switch (this) {
            case ALL_TIME -> ReportPeriod.ALL;
            case LAST_30_DAYS -> new ReportPeriod(today.minusDays(29), today);
            case LAST_90_DAYS -> new ReportPeriod(today.minusDays(89), today);
            case THIS_QUARTER -> new ReportPeriod(quarterStart, today);
            case LAST_QUARTER -> new ReportPeriod(quarterStart.minusMonths(3), quarterStart.minusDays(1));
            case THIS_YEAR -> new ReportPeriod(today.withDayOfYear(1), today);
        };
    }

    /** Completes "Across 12 reviewed calls...": "" for all time, " in the last 30 days", " this quarter". */
    public String phrase() {
        return phrase;
    }

    @Override
    public String toString() {
        return label;
    }
}
