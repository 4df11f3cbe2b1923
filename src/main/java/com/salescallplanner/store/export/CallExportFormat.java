package com.salescallplanner.store.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.PlannerData;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The formats one call exports to, with the file extension each uses. */
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

    /** The file's bytes; a DomainException naming the id when there is no such call. */
    public byte[] export(PlannerData data, CallId id, Instant now) {
        return switch (this) {
            case ICS -> CallCalendar.export(data, id, now);
            case MD -> MarkdownCallSheet.render(CallSheet.of(data, id)).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfCallSheet.render(CallSheet.of(data, id));
        };
    }
}
