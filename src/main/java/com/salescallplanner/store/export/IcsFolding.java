package com.salescallplanner.store.export;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines as RFC 5545 section 3.1 requires: no line longer than 75
 * octets excluding the CRLF, a continuation line starting with one space. The limit is in
 * UTF-8 octets, not characters, so a line of umlauts folds earlier than one of ASCII, and a
 * fold never splits a character's bytes (nor a surrogate pair).
 */
final class IcsFolding {
    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";

    private IcsFolding() {
    }

    /** Every line of {@code unfolded} (CRLF, LF or CR separated) folded, each ending in CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n|\n|\r")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int n = Character.charCount(cp);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, i + n);
            octets += size;
            i += n;
        }
        out.append(CRLF);
    }
}
