package com.salescallplanner.store.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.PlannerData;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Makes one call's file in a {@link CallExportFormat}: the calendar event, the Markdown or the PDF call sheet. */
public final class CallExport {
    private CallExport() {
    }

    /** The file's bytes; a DomainException naming the id when there is no such call. */
    public static byte[] bytes(CallExportFormat format, PlannerData data, CallId id, Instant now) {
        return file(format, data, id, now).bytes();
    }

    /** The file, and what the rep should know about it (characters the PDF could not draw), or "". */
    public static ExportedFile file(CallExportFormat format, PlannerData data, CallId id, Instant now) {
        return switch (format) {
            case ICS -> new ExportedFile(CallCalendar.export(data, id, now), "");
            case MD -> new ExportedFile(MarkdownCallSheet.render(CallSheet.of(data, id)).getBytes(StandardCharsets.UTF_8),
                    "");
            case PDF -> {
                PdfCallSheet.Rendered r = PdfCallSheet.rendered(CallSheet.of(data, id));
                yield new ExportedFile(r.pdf(), r.note());
            }
        };
    }
}
