package com.salescallplanner.ui;

/**
 * The style classes of {@code app.css}, as constants so views and tests name them the same way.
 * Colours in the stylesheet come from AtlantaFX's semantic variables, so both themes fit.
 */
public final class Css {
    public static final String STYLESHEET = "/com/salescallplanner/ui/app.css";

    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_ITEM = "sidebar-item";
    public static final String SIDEBAR_TITLE = "sidebar-title";
    public static final String STATUS_BAR = "status-bar";
    public static final String SAVE_INDICATOR = "save-indicator";
    public static final String SAVE_FAILED = "save-failed";
    public static final String NOTICE = "notice";
    public static final String PAGE = "page";
    public static final String PAGE_HEADER = "page-header";
    public static final String SECTION = "section";
    public static final String SECTION_TITLE = "section-title";
    public static final String FIELD_LABEL = "field-label";
    public static final String MUTED = "muted";
    public static final String FLAG = "flag";
    public static final String FLAG_OUTCOME_MISSING = "flag-outcome-missing";
    public static final String FLAG_STRANDED = "flag-stranded";
    public static final String FLAG_ADVANCE = "flag-advance";
    public static final String FINDING = "finding";
    public static final String FINDING_ERROR = "finding-error";
    public static final String FINDING_WARNING = "finding-warning";
    public static final String FINDING_INFO = "finding-info";
    public static final String SUGGESTION = "suggestion";
    public static final String KIND_CHIP = "kind-chip";
    public static final String KIND_CHIP_OVERRIDDEN = "kind-chip-overridden";
    public static final String READINESS = "readiness";
    public static final String READY = "ready";
    public static final String NOT_READY = "not-ready";
    public static final String CALL_OBJECTIVE = "call-objective";
    public static final String CALL_CONTRACT = "call-contract";
    public static final String CALL_TIMER = "call-timer";
    public static final String CLOSE_PROMPT = "close-prompt";
    public static final String OVERTIME = "overtime";
    public static final String FIRST_RUN = "first-run";
    public static final String LOADING = "loading";
    public static final String CALL_ROW = "call-row";
    public static final String HINT = "hint";
    public static final String PLACEHOLDER = "placeholder";

    private Css() {
    }
}
