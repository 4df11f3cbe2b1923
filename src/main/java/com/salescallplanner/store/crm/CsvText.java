package com.salescallplanner.store.crm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Decodes a CSV file's bytes to text and maps character offsets back to physical line numbers. */
final class CsvText {
    private final String text;
    /** Offsets at which lines 2, 3, ... start. */
    private final int[] lineStarts;

    private CsvText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    static CsvText of(byte[] bytes, Charset charset) {
        return new CsvText(decode(bytes, charset));
    }

    /**
     * The text without a leading byte-order mark. Bytes that are invalid in the charset become
     * U+FFFD rather than failing, so a wrong charset choice shows up in the preview.
     */
    static String decode(byte[] bytes, Charset charset) {
        String s = new String(bytes, charset);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16")) {
            return s;
        }
        // A UTF-8 BOM read as a single-byte charset shows up as "ï»¿".
        return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
    }

    String text() {
        return text;
    }

    /**
     * The 1-based physical line on which the record starting at {@code offset} stands. The
     * parser reports a record's position before the empty lines it skips, so those are skipped here.
     */
    int lineOf(long offset) {
        int at = (int) Math.min(offset, text.length());
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        int i = Arrays.binarySearch(lineStarts, at);
        return i >= 0 ? i + 2 : -i;
    }
}
