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
        return exportWithNote(data, id, now).bytes();
    }

    /** The file, and what the rep should know about it (characters the PDF could not draw), or "". */
    public ExportedFile exportWithNote(PlannerData data, CallId id, Instant now) {
        return switch (this) {
            case ICS -> new ExportedFile(CallCalendar.export(data, id, now), "");
            case MD -> new ExportedFile(MarkdownCallSheet.render(CallSheet.of(data, id)).getBytes(StandardCharsets.UTF_8),
                    "");
            case PDF -> {
                PdfCallSheet.Rendered r = PdfCallSheet.rendered(CallSheet.of(data, id));
                yield new ExportedFile(r.pdf(), r.note());
            }
        };
    }

    /** @param note a sentence for the rep, or "" */
    public record ExportedFile(byte[] bytes, String note) {
    }
}
