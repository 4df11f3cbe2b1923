package com.salescallplanner.ui;

/**
 * Keeps text the rep typed from pushing a dialog or a line off the screen: a title that quotes a
 * 5,000-character company name, or a message with a word too long to wrap. Counted in code
 * points and never cut inside a surrogate pair, so an emoji is kept whole or left out.
 */
public final class OnScreenText {
    /** The longest title or header a dialog shows. */
    public static final int TITLE = 80;
    /**
     * The longest message a dialog shows: long enough for the app's own longest messages (a
     * missing data file names two folders and a backup), short enough for a dialog on screen.
     */
    public static final int MESSAGE = 1_000;
    /**
     * The longest unbroken word a message shows; a wrapping label cannot break a longer one. Long
     * enough for the paths the app names (a data file must be named whole to be found).
     */
    public static final int WORD = 100;

    private OnScreenText() {
    }

    /** {@code text} cut to {@code max} characters with "…" at the end; shorter text as it is. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** A message with every over-long word cut to {@link #WORD} characters, then cut to {@link #MESSAGE}. */
    public static String message(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MESSAGE + 16));
        int i = 0;
        int n = text.length();
        while (i < n && out.length() <= MESSAGE * 2) {
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            out.append(cut(text.substring(i, end), WORD));
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            out.append(text, end, next);
            i = next;
        }
        return cut(out.toString(), MESSAGE);
    }
}
