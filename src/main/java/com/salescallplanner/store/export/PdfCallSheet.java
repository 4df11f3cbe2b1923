package com.salescallplanner.store.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The call sheet as a one-or-two-page A4 PDF, in the same order as the Markdown sheet. Each
 * paragraph is a cell of a one-column table because OpenPDF applies the Unicode bidirectional
 * algorithm and Arabic shaping only there: a paragraph whose first letter is right-to-left runs
 * right to left, and right-to-left words inside English keep their order. Fonts: {@link PdfFonts}.
 */
public final class PdfCallSheet {
    private static final int MAX_NAMED = 8;

    /**
     * The PDF and the characters no font could draw (each once, in order of appearance).
     *
     * @param undrawable shown as U+FFFD in the PDF
     */
    public record Rendered(byte[] pdf, List<String> undrawable) {
        public Rendered {
            undrawable = List.copyOf(undrawable);
        }

        /** "2 characters could not be drawn ... : ส (U+0E2A THAI CHARACTER SO SUA), ...", or "" when all could. */
        public String note() {
            if (undrawable.isEmpty()) {
                return "";
            }
            List<String> named = new ArrayList<>();
            for (String c : undrawable.subList(0, Math.min(MAX_NAMED, undrawable.size()))) {
                int cp = c.codePointAt(0);
                String name = Character.getName(cp);
                named.add(c + " (U+" + String.format("%04X", cp) + (name == null ? "" : " " + name) + ")");
            }
            int more = undrawable.size() - named.size();
            return undrawable.size() + (undrawable.size() == 1 ? " character" : " different characters")
                    + " could not be drawn in the PDF (no font the planner has covers them) and show as \uFFFD: "
                    + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "") + ".";
        }
    }

    private PdfCallSheet() {
    }

    public static byte[] render(CallSheet s) {
        return rendered(s).pdf();
    }

    public static Rendered rendered(CallSheet s) {
        Sheet sheet = new Sheet(new PdfFonts());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(s.title());
            doc.addCreator("Sales Call Planner");
            doc.open();
            sheet.fill(s);
            doc.add(sheet.table);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written: " + e.getMessage(), e);
        }
        return new Rendered(out.toByteArray(), new ArrayList<>(sheet.undrawable));
    }

    /** The sheet's paragraphs, one table cell each. */
    private static final class Sheet {
        private final PdfFonts f;
        private final PdfPTable table = new PdfPTable(1);
        private final Set<String> undrawable = new LinkedHashSet<>();

        Sheet(PdfFonts f) {
            this.f = f;
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            table.setSplitRows(true);
        }

        void fill(CallSheet s) {
            paragraph(s.title(), f.title, 0, 0, 2);
            paragraph(s.when() + "   Stage: " + s.stage(), f.small, 0, 0, 2);
            heading("Up-front contract");
            if (s.contract().isEmpty()) {
                paragraph("(not set)", f.body, 0, 0, 2);
            }
            for (CallSheet.Line l : s.contract()) {
                labelled(l.label(), l.text());
            }
            heading("Objectives");
            for (CallSheet.ObjectiveLine o : s.objectives()) {
                labelled(o.label(), o.text());
                if (!o.details().isEmpty()) {
                    paragraph(o.details(), f.small, 14, 0, 3);
                }
            }
            bullets("Attendees", s.attendees());
            bullets("Questions", s.questions());
            heading("History");
            paragraph("Stages", f.bold, 0, 2, 2);
            list(s.stageHistory());
            paragraph("Earlier calls", f.bold, 0, 4, 2);
            list(s.earlierCalls().stream().map(c -> c.date() + " (" + c.stage() + "): " + c.outcome()
                    + (c.notes().isEmpty() ? "" : "\n" + c.notes())).toList());
        }

        private void heading(String text) {
            paragraph(text, f.heading, 0, 12, 4);
        }

        private void labelled(String label, String text) {
            Phrase p = PdfFonts.phrase(label + ": ", f.bold, undrawable);
            p.addAll(PdfFonts.phrase(text, f.body, undrawable));
            add(p, label + ": " + text, 0, 0, 3);
        }

        private void bullets(String title, List<String> items) {
            heading(title);
            list(items);
        }

        private void list(List<String> items) {
            if (items.isEmpty()) {
                paragraph("None.", f.body, 0, 0, 2);
            }
            for (String item : items) {
                Phrase p = new Phrase(new Chunk("\u2022  ", f.body.first()));
                p.addAll(PdfFonts.phrase(item, f.body, undrawable));
                add(p, item, 12, 0, 2);
            }
        }

        private void paragraph(String text, PdfFonts.Style style, float indent, float before, float after) {
            add(PdfFonts.phrase(text, style, undrawable), text, indent, before, after);
        }

        /** A cell running in the direction of the text's first letter, the bidirectional algorithm on either way. */
        private void add(Phrase p, String text, float indent, float before, float after) {
            PdfPCell cell = new PdfPCell(p);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingTop(before);
            cell.setPaddingBottom(after + 1);
            cell.setPaddingLeft(indent);
            cell.setLeading(0, 1.25f);
            boolean rtl = !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
            cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            table.addCell(cell);
        }
    }
}
