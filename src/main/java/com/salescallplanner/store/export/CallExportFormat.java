package com.salescallplanner.store.export;

/**
 * The formats one call exports to, with the file extension each uses; {@link CallExport} makes
 * the file. A value with no rendering of its own, so the window may name the formats.
 */
public enum CallExportFormat {
    ICS("ics", "iCalendar event"),
    MD("md", "Markdown call sheet"),
    PDF("pdf", "PDF call sheet");

    private final String extension;
    private final String description;

    CallExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }
}
