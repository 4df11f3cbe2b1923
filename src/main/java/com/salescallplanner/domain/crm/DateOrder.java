package com.salescallplanner.domain.crm;

import java.util.Collection;
import java.util.regex.Matcher;

/**
 * How to read a slashed date such as "03/04/2026": US Salesforce users export month first,
 * most of Europe day first. Dotted dates ("15.03.2026") are always day first and ISO dates
 * are unambiguous, so only slashed dates depend on this.
 */
public enum DateOrder {
    MONTH_FIRST("Month first (3/15/2026)"),
    DAY_FIRST("Day first (15/03/2026)");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The order the file's slashed dates prove (a first number over 12 means day first, a second
     * over 12 means month first), else {@code fallback}.
     */
    public static DateOrder detect(Collection<String> values, DateOrder fallback) {
        for (String v : values) {
            Matcher m = CrmDates.SLASHED.matcher(v.strip());
            if (m.lookingAt()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                if (first > 12 && second <= 12) {
                    return DAY_FIRST;
                }
                if (second > 12 && first <= 12) {
                    return MONTH_FIRST;
                }
            }
        }
        return fallback;
    }
}
