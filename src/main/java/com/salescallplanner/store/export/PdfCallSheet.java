package com.salescallplanner.store.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** The call sheet as a one-or-two-page A4 PDF, in the same order as the Markdown sheet. */
public final class PdfCallSheet {
    private PdfCallSheet() {
    }

    public static byte[] render(CallSheet s) {
        PdfFonts f = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(s.title());
            doc.addCreator("Sales Call Planner");
            doc.open();
            doc.add(new Paragraph(s.title(), f.title));
            doc.add(new Paragraph(s.when() + "   Stage: " + s.stage(), f.small));
            heading(doc, "Up-front contract", f);
            if (s.contract().isEmpty()) {
                doc.add(new Paragraph("(not set)", f.body));
            }
            for (CallSheet.Line l : s.contract()) {
                doc.add(labelled(l.label(), l.text(), f));
            }
            heading(doc, "Objectives", f);
            for (CallSheet.ObjectiveLine o : s.objectives()) {
                doc.add(labelled(o.label(), o.text(), f));
                if (!o.details().isEmpty()) {
                    Paragraph d = new Paragraph(o.details(), f.small);
                    d.setIndentationLeft(14);
                    doc.add(d);
                }
            }
            bullets(doc, "Attendees", s.attendees(), f);
            bullets(doc, "Questions", s.questions(), f);
            heading(doc, "History", f);
            doc.add(new Paragraph("Stages", f.bold));
            doc.add(list(s.stageHistory(), f));
            doc.add(new Paragraph("Earlier calls", f.bold));
            doc.add(list(s.earlierCalls().stream().map(c -> c.date() + " (" + c.stage() + "): " + c.outcome()
                    + (c.notes().isEmpty() ? "" : "\n" + c.notes())).toList(), f));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void heading(Document doc, String text, PdfFonts f) {
        Paragraph p = new Paragraph(text, f.heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static Paragraph labelled(String label, String text, PdfFonts f) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", f.bold));
        p.add(new Phrase(text, f.body));
        p.setSpacingAfter(3);
        return p;
    }

    private static void bullets(Document doc, String title, List<String> items, PdfFonts f) {
        heading(doc, title, f);
        doc.add(list(items, f));
    }

    private static Element list(List<String> items, PdfFonts f) {
        if (items.isEmpty()) {
            return new Paragraph("None.", f.body);
        }
        com.lowagie.text.List l = new com.lowagie.text.List(false, 12);
        l.setListSymbol(new Chunk("\u2022", f.body));
        items.forEach(i -> l.add(new ListItem(i, f.body)));
        return l;
    }
}
