package com.salescallplanner.store.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call sheet's fonts. PDF's built-in Helvetica covers only Western European text, so a
 * common system font with wider coverage (accents, Greek, Cyrillic) is embedded when the
 * machine has one; otherwise Helvetica is used and other characters are dropped.
 */
final class PdfFonts {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);
    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
            "/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf",
            "/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf");

    final Font title;
    final Font heading;
    final Font body;
    final Font bold;
    final Font small;

    PdfFonts() {
        BaseFont regular = load(REGULAR);
        BaseFont strong = load(BOLD);
        if (regular == null || strong == null) {
            title = new Font(Font.HELVETICA, 16, Font.BOLD);
            heading = new Font(Font.HELVETICA, 12.5f, Font.BOLD);
            body = new Font(Font.HELVETICA, 10.5f);
            bold = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
            small = new Font(Font.HELVETICA, 9);
        } else {
            title = new Font(strong, 16);
            heading = new Font(strong, 12.5f);
            body = new Font(regular, 10.5f);
            bold = new Font(strong, 10.5f);
            small = new Font(regular, 9);
        }
    }

    private static BaseFont load(List<String> candidates) {
        for (String c : candidates) {
            if (Files.isReadable(Path.of(c))) {
                try {
                    return BaseFont.createFont(c, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    LOG.warn("Font {} could not be loaded; trying the next one", c, e);
                }
            }
        }
        return null;
    }
}
