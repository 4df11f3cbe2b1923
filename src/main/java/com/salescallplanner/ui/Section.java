package com.salescallplanner.ui;

/** The entries of the sidebar. */
public enum Section {
    PROSPECTS("Prospects"),
    TODAY("Today"),
    PIPELINE("Pipeline"),
    REPORTS("Reports"),
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
