package com.salescallplanner.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text a rep can type exports to .ics, .md, .pdf and .csv (issue 11, item 7), and reads
 * back as it was typed: each file is parsed with a reader of its format (biweekly, CommonMark,
 * PDF text extraction, Commons CSV) and compared with what the planner holds; the PDF draws every
 * character of them (item 8). Control characters
 * (which no text format can carry) come back as U+FFFD, line breaks as line breaks; nothing
 * else changes.
 */
class AwkwardTextExportTest {
    private static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");
    private static final List<String> HEADINGS = List.of("Up-front contract", "Objectives", "Attendees",
            "Questions", "History", "Stages", "Earlier calls");

    static Stream<String> texts() {
        return AwkwardTexts.cases(40, 11).stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void ics_anyText_parsesBackToWhatWasTyped(String s) {
        PlannerData d = AwkwardTexts.planner(s);
        Prospect p = AwkwardTexts.prospect(d);
        CallPlan call = d.call(AwkwardTexts.PLANNED).orElseThrow();

        byte[] bytes = CallCalendar.export(d, AwkwardTexts.PLANNED, NOW);

        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertThat(ics.split("\r\n", -1)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "").chars().filter(c -> c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f))
                .isEmpty();
        ICalendar cal = Biweekly.parse(ics).first();
        VEvent e = cal.getEvents().get(0);
        assertThat(e.getSummary().getValue()).isEqualTo("Sales call: " + oneLine(p.company()) + " ("
                + oneLine(p.dealName()) + ")");
        String description = e.getDescription().getValue();
        assertThat(description).contains(printable(call.stretch().text().strip()))
                .contains(printable(call.contract().expectedOutcome().strip()))
                .contains(oneLine(d.stages().nameOf(call.stageIdAtPlanning())));
        assertThat(e.getAttendees()).hasSize(2);
        Attendee typed = e.getAttendees().get(0);
        assertThat(typed.getCommonName()).isEqualTo(oneLine(p.contacts().get(0).name()));
        assertThat(typed.getEmail()).isEqualTo(oneLine(p.contacts().get(0).email()));
        Attendee bob = e.getAttendees().get(1);
        assertThat(bob.getCommonName()).isEqualTo("Robert \"Bob\" Smith");
        assertThat(bob.getEmail()).isEqualTo("bob@example.com");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void markdown_anyText_readsBackAsTextInTheSheetsOwnStructure(String s) {
        PlannerData d = AwkwardTexts.planner(s);
        Prospect p = AwkwardTexts.prospect(d);
        CallPlan call = d.call(AwkwardTexts.PLANNED).orElseThrow();

        String md = MarkdownCallSheet.render(CallSheet.of(d, AwkwardTexts.PLANNED));

        assertThat(md.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f)).isEmpty();
        Node doc = Parser.builder().build().parse(md);
        Collected c = new Collected();
        doc.accept(c);
        assertThat(c.html).as("no HTML").isEmpty();
        assertThat(c.breaks).as("no thematic break").isZero();
        List<String> expectedHeadings = new ArrayList<>();
        expectedHeadings.add(flat("Call with " + p.company() + ": " + p.dealName()));
        expectedHeadings.addAll(HEADINGS);
        assertThat(c.headings).containsExactlyElementsOf(expectedHeadings);
        String text = flat(c.text.toString());
        for (String typed : List.of(call.stretch().text(), call.contract().purpose(), call.contract().expectedOutcome(),
                call.questions().get(0), p.contacts().get(0).label(), call.objective(com.salescallplanner.domain.Level.STRETCH).owner())) {
            assertThat(text).contains(flat(typed));
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void pdf_anyText_rendersAndReadsBack(String s) throws IOException {
        PlannerData d = AwkwardTexts.planner(s);
        CallPlan call = d.call(AwkwardTexts.PLANNED).orElseThrow();

        PdfCallSheet.Rendered pdf = PdfCallSheet.rendered(CallSheet.of(d, AwkwardTexts.PLANNED));

        assertThat(pdf.undrawable()).isEmpty();
        String text = PdfText.of(pdf.pdf());
        assertThat(PdfText.squeeze(text)).contains(PdfText.squeeze(printable(call.stretch().text())))
                .contains(PdfText.squeeze(printable(call.contract().purpose())));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void csv_anyText_parsesBackCellForCell(String s) throws IOException {
        PlannerData d = AwkwardTexts.planner(s);
        Prospect p = AwkwardTexts.prospect(d);

        byte[] bytes = ProspectListCsv.export(d, AwkwardTexts.START.minusDays(4));

        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.DEFAULT)) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).get(0)).isEqualTo(SpreadsheetSafe.cell(wellFormed(p.company())));
            assertThat(rows.get(1).get(1)).isEqualTo(SpreadsheetSafe.cell(wellFormed(p.dealName())));
            assertThat(rows.get(1).get(2)).isEqualTo(SpreadsheetSafe.cell(wellFormed(d.stages().nameOf(p.stageId()))));
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyFormat_anyText_neverThrows(String s) {
        PlannerData d = AwkwardTexts.planner(s);
        for (CallExportFormat f : CallExportFormat.values()) {
            assertThatCode(() -> CallExport.bytes(f, d, AwkwardTexts.PLANNED, NOW)).as(f.name()).doesNotThrowAnyException();
            assertThatCode(() -> CallExport.bytes(f, d, AwkwardTexts.EARLIER, NOW)).as(f.name()).doesNotThrowAnyException();
        }
    }

    // The oracle, written apart from the code under test: what each format can hold of a text.

    /** Line breaks as \n; other control characters and broken surrogate pairs as U+FFFD. */
    static String printable(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
            if (pair) {
                b.append(c).append(t.charAt(++i));
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String oneLine(String s) {
        return printable(s).replace('\n', ' ');
    }

    /** Only broken surrogate pairs replaced: a CSV cell holds any other character. */
    static String wellFormed(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** Printable, with every run of white space one blank: how Markdown shows text. */
    static String flat(String s) {
        return printable(s).replaceAll("\\s+", " ").strip();
    }

    /** The text of a Markdown document, its headings, and anything that should never be there. */
    private static final class Collected extends AbstractVisitor {
        final StringBuilder text = new StringBuilder();
        final List<String> headings = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        int breaks;

        @Override
        public void visit(Heading heading) {
            Collected inner = new Collected();
            inner.visitChildren(heading);
            headings.add(flat(inner.text.toString()));
            text.append(' ').append(inner.text).append(' ');
        }

        @Override
        public void visit(Text t) {
            text.append(t.getLiteral());
        }

        @Override
        public void visit(Code c) {
            text.append(c.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock c) {
            text.append(' ').append(c.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HtmlInline h) {
            html.add(h.getLiteral());
        }

        @Override
        public void visit(HtmlBlock h) {
            html.add(h.getLiteral());
        }

        @Override
        public void visit(ThematicBreak t) {
            breaks++;
        }

        @Override
        public void visit(org.commonmark.node.Paragraph p) {
            text.append(' ');
            visitChildren(p);
            text.append(' ');
        }
    }

    /** Text extraction from a PDF, for the tests. */
    static final class PdfText {
        private PdfText() {
        }

        static String of(byte[] pdf) throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        }

        /**
         * Without white space, which the PDF's line breaking moves, nor invisible format
         * characters (zero-width joiner, byte-order mark), which draw nothing; Arabic's
         * presentation forms (shaped letters) back to letters (NFKC).
         */
        static String squeeze(String s) {
            return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                    .replaceAll("[\\s\\p{Cf}\\u2028\\u2029]+", "");
        }
    }
}
