package com.salescallplanner.domain.check;

import java.util.Locale;

/** How much a finding matters: an error makes a plan not ready; warnings and infos never block saving. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** "error", "warning" or "info", as in the command line's JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
