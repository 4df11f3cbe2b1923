package com.salescallplanner.ui;

/** The entries of the sidebar. */
public enum Section {
    PROSPECTS("Prospects"),
    TODAY("Today"),
    PIPELINE("Pipeline"),
    REPORTS("Reports"),
    /** A manager's team on a team database (hidden otherwise). */
    TEAM("Team"),
    SETTINGS("Settings"),
    HELP("Help");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
