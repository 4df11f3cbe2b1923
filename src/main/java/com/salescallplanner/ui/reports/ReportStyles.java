package com.salescallplanner.ui.reports;

/** The CSS classes of reports.css, named once so views and tests agree. */
public final class ReportStyles {
    public static final String STYLESHEET = "/com/salescallplanner/ui/reports/reports.css";
    public static final String VIEW = "reports-view";
    public static final String HEADER = "reports-header";
    public static final String SECTION = "report-section";
    public static final String SUMMARY = "report-summary";
    public static final String CHART = "report-chart";
    public static final String TABLE = "report-table";
    public static final String NUMBER_CELL = "number-cell";
    public static final String REASON = "stranded-reason";
    public static final String ACTIONS = "row-actions";

    private ReportStyles() {
    }

    /** The stylesheet's URL for {@code getStylesheets()}. */
    public static String stylesheet() {
        return ReportStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
