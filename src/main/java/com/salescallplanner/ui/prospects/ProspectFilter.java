package com.salescallplanner.ui.prospects;

import java.util.function.Predicate;

/** The quick filters of the prospect list. */
public enum ProspectFilter {
    ALL("All prospects", r -> true),
    STRANDED("Stranded", ProspectRow::stranded),
    OUTCOME_MISSING("Outcome missing", ProspectRow::outcomeMissing),
    CALL_TODAY("Call today", ProspectRow::callToday),
    CALL_THIS_WEEK("Call this week", ProspectRow::callThisWeek);

    private final String label;
    private final Predicate<ProspectRow> test;

    ProspectFilter(String label, Predicate<ProspectRow> test) {
        this.label = label;
        this.test = test;
    }

    public boolean test(ProspectRow row) {
        return test.test(row);
    }

    @Override
    public String toString() {
        return label;
    }
}
