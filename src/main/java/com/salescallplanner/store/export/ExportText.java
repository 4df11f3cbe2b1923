package com.salescallplanner.store.export;

/**
 * What the exports write of a text the rep typed, pasted or imported. Text formats (.ics, .md,
 * .pdf) cannot carry control characters (RFC 5545 forbids them; in Markdown and on paper they
 * are invisible or, in a terminal, commands), so each becomes U+FFFD, which every reader shows
 * as "a character was here"; tab and line breaks stay, CR LF and a lone CR as one line break.
 * No format can carry half of a surrogate pair (UTF-8 has no bytes for it): U+FFFD too.
 */
final class ExportText {
    static final char REPLACEMENT = '\uFFFD';

    private ExportText() {
    }

    /** For a text format: line breaks as \n, other control characters and broken pairs as U+FFFD. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || !isControl(c) && !Character.isSurrogate(c)) {
                b.append(c);
            } else {
                b.append(REPLACEMENT);
            }
        }
        return b.toString();
    }

    /** For a one-line place (a title, a name): {@link #printable}, each line break a blank. */
    static String oneLine(String s) {
        return printable(s).replace('\n', ' ');
    }

    /** For a spreadsheet cell, which holds any character: only broken surrogate pairs replaced. */
    static String wellFormed(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return b.toString();
    }

    /** C0 controls, DEL and C1 controls. */
    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }
}
