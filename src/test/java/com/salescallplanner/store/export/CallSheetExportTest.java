package com.salescallplanner.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class CallSheetExportTest {
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private final PlannerData data = SampleCalls.data(START);

    @Test
    void markdown_startsWithContractAndObjectivesThenAttendeesQuestionsAndHistory() {
        String md = MarkdownCallSheet.render(CallSheet.of(data, SampleCalls.PLANNED));

        assertThat(md).startsWith("# Call with Müller Maschinenbau GmbH: Fleet renewal, phase 2\n\nTue 24 Mar 2026, 10:00-10:45 (Europe/Berlin)");
        assertThat(md).containsSubsequence("## Up-front contract", "**Purpose:** Review the pilot results",
                "**Expected outcome:** A yes or no to a workshop", "## Objectives",
                "**Stretch objective:** " + SampleCalls.STRETCH, "Owner: Dana Kim · Due: 2026-04-10",
                "**Conservative objective:** " + SampleCalls.CONSERVATIVE, "## Attendees",
                "- Dana Kim (Head of Operations, champion)", "- Sam Rivera", "## Questions",
                "- What would make the pilot a success for you?", "## History", "- Discovery since 2026-01-05",
                "- Evaluation since 2026-02-20", "### Earlier calls",
                "- 2026-03-04 (Discovery): Advance: stretch met, conservative met; stage after: Evaluation; next: Demo on 2026-02-20",
                "Demo booked; fleet list received.");
    }

    @Test
    void markdown_escapesWhatTheRepTyped() {
        assertThat(MarkdownCallSheet.inline("*Star* Ltd_[1]")).isEqualTo("\\*Star\\* Ltd\\_\\[1\\]");
        assertThat(MarkdownCallSheet.inline("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownCallSheet.inline("- not a bullet")).isEqualTo("\\- not a bullet");
        assertThat(MarkdownCallSheet.inline("1. not a list")).isEqualTo("1\\. not a list");
    }

    @Test
    void pdf_textReadBack_holdsContractAndBothObjectivesInOrder() throws IOException {
        byte[] pdf = PdfCallSheet.render(CallSheet.of(data, SampleCalls.PLANNED));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Call with Müller Maschinenbau GmbH", "Up-front contract",
                "Review the pilot results", "Objectives", "Stretch objective:",
                "Dana brings the integration team to a technical workshop", "Conservative objective:",
                "Dana introduces the CFO, Lee Park", "Attendees", "Sam Rivera", "Questions",
                "Who else signs off on the budget?", "History", "Evaluation since 2026-02-20", "Earlier calls",
                "Demo booked; fleet list received.");
    }

    @Test
    void of_unknownCall_failsNamingTheId() {
        assertThatThrownBy(() -> CallSheet.of(data, new CallId("nope")))
                .isInstanceOf(DomainException.class).hasMessageContaining("nope");
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder b = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                b.append(extractor.getTextFromPage(page)).append('\n');
            }
            return b.toString();
        } finally {
            reader.close();
        }
    }
}
