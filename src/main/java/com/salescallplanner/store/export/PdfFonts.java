package com.salescallplanner.store.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The call sheet's fonts: a chain bundled with the planner, so every machine draws the same
 * sheet. Each character is drawn with the first font of the chain that has it: DejaVu Sans
 * (Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols), then Droid Sans Fallback (Chinese,
 * Japanese, Korean), then Symbola (emoji and other symbols). A character none of them has is
 * drawn as U+FFFD and reported, so the rep is told instead of finding it missing on paper.
 */
final class PdfFonts {
    private static final String FOLDER = "fonts/";
    private static final char REPLACEMENT = '\uFFFD';

    /** Read once per process: parsing the four files takes longer than making a sheet. */
    private static final class Bundled {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
        static final BaseFont CJK = load("DroidSansFallback.ttf");
        static final BaseFont SYMBOLS = load("Symbola.ttf");
    }

    /** One size and weight, with its fallback chain. */
    record Style(List<Font> chain) {
        Font first() {
            return chain.get(0);
        }
    }

    final Style title = style(true, 16);
    final Style heading = style(true, 12.5f);
    final Style body = style(false, 10.5f);
    final Style bold = style(true, 10.5f);
    final Style small = style(false, 9);

    private static Style style(boolean strong, float size) {
        return new Style(List.of(new Font(strong ? Bundled.BOLD : Bundled.REGULAR, size), new Font(Bundled.CJK, size),
                new Font(Bundled.SYMBOLS, size)));
    }

    /**
     * The text as chunks, each in the first font of the chain that can draw it. Tab is drawn as
     * a blank, U+2028 and U+2029 as line breaks; invisible format characters (zero-width space
     * and joiner, byte-order mark, direction marks) are left out; anything else that no font has
     * becomes U+FFFD and is added to {@code undrawable}.
     */
    static Phrase phrase(String text, Style style, Set<String> undrawable) {
        Phrase p = new Phrase();
        StringBuilder run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String put = Character.toString(cp);
            Font font = null;
            int type = Character.getType(cp);
            if (cp == '\n') {
                font = runFont == null ? style.first() : runFont;
            } else if (type == Character.FORMAT) {
                continue;
            } else if (cp == '\t' || type == Character.SPACE_SEPARATOR && !style.first().getBaseFont().charExists(cp)) {
                put = " ";
                font = style.first();
            } else if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                put = "\n";
                font = runFont == null ? style.first() : runFont;
            } else {
                font = fontFor(cp, style);
                if (font == null) {
                    undrawable.add(Character.toString(cp));
                    put = String.valueOf(REPLACEMENT);
                    font = style.first();
                }
            }
            if (runFont != null && font != runFont) {
                p.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.append(put);
        }
        if (runFont != null) {
            p.add(new Chunk(run.toString(), runFont));
        }
        return p;
    }

    private static Font fontFor(int cp, Style style) {
        for (Font f : style.chain()) {
            if (f.getBaseFont().charExists(cp)) {
                return f;
            }
        }
        return null;
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FOLDER + name + " is missing from the planner's jar.");
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be read", e);
        }
    }
}
