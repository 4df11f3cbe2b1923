package com.salescallplanner.ui.today;

/** The CSS classes of today.css. */
public final class TodayStyles {
    public static final String STYLESHEET = "/com/salescallplanner/ui/today/today.css";
    public static final String VIEW = "today-view";
    public static final String HEADER = "today-header";
    public static final String HEADLINE = "today-headline";
    public static final String AGENDA = "agenda-list";
    public static final String REVIEW_PANE = "review-pane";
    public static final String REVIEW_LIST = "review-list";
    public static final String DAY_HEADING = "day-heading";
    public static final String CALL_CARD = "call-card";
    public static final String CALL_TIME = "call-time";
    public static final String CALL_TITLE = "call-title";
    public static final String STAGE_CHIP = "stage-chip";
    public static final String OBJECTIVE = "objective-line";
    public static final String MISSING_OBJECTIVE = "objective-missing";
    public static final String CARD_ACTIONS = "card-actions";
    public static final String EMPTY_STATE = "empty-state";

    private TodayStyles() {
    }

    public static String stylesheet() {
        return TodayStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
