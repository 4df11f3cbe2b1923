package com.salescallplanner.store.format;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON as UTF-8 bytes in the planner's layout: two-space indentation, {@code "name": value},
 * {@code []} and {@code {}} for empty containers; or {@link #compact}, on one line, for a record on its own. Text is escaped as Jackson escapes it ({@code \"},
 * {@code \\}, {@code \b \t \n \f \r}, other control characters and lone surrogates as
 * {@code \}{@code u00XX}; everything else as plain UTF-8), so the bytes are Jackson's pretty printer's
 * (the tests compare them). Hand-written because a save of a large planner spent most of its
 * time in the general generator's per-character indentation and name handling; this one copies
 * prepared bytes (docs/performance.md).
 */
final class JsonBytes {
    /** The longest text a {@link AsciiFormat} may write. */
    static final int MAX_ASCII = 64;
    private static final int MAX_DEPTH = 32;
    private static final byte[][] INDENT = new byte[MAX_DEPTH + 1][];
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For ASCII: 0 = as is, a letter = that short escape, 'u' = the six-character escape. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int level = 0; level <= MAX_DEPTH; level++) {
            INDENT[level] = ("\n" + "  ".repeat(level)).getBytes(StandardCharsets.US_ASCII);
        }
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    /** No line breaks or indentation at any level: one record on one line of the journal. */
    private static final byte[][] NO_INDENT = new byte[MAX_DEPTH + 1][0];

    private final OutputStream out;
    /** The line break and indentation before an entry at each level (none when compact). */
    private final byte[][] indent;
    /** Bytes left off the end of a prepared name: the space after its colon, when compact. */
    private final int nameTrim;
    private final byte[] buf;
    private int pos;
    private int depth;
    private final boolean[] isArray = new boolean[MAX_DEPTH];
    private final int[] entries = new int[MAX_DEPTH];
    /** The characters of the text being written. */
    private char[] charBuffer = new char[256];

    /** The planner's layout, indented. */
    JsonBytes(OutputStream out) {
        this(out, INDENT, 0, 1 << 16);
    }

    private JsonBytes(OutputStream out, byte[][] indent, int nameTrim, int bufferBytes) {
        this.out = out;
        this.indent = indent;
        this.nameTrim = nameTrim;
        this.buf = new byte[bufferBytes];
    }

    /**
     * The same values on one line, with no space after a name's colon: the bytes Jackson writes
     * without a pretty printer (a journal line holds one record so).
     */
    static JsonBytes compact(OutputStream out) {
        return new JsonBytes(out, NO_INDENT, 1, 1 << 11); // a record's usual size: made afresh for every edit
    }

    void startObject() throws IOException {
        open(false, '{');
    }

    void endObject() throws IOException {
        close('}');
    }

    void startArray() throws IOException {
        open(true, '[');
    }

    void endArray() throws IOException {
        close(']');
    }

    /** The bytes of {@code "name": } for {@link #name(byte[])}. */
    static byte[] encodeName(String name) {
        return ("\"" + name + "\": ").getBytes(StandardCharsets.UTF_8);
    }

    /** The next entry's name, in an object, as prepared by {@link #encodeName}. */
    void name(byte[] encodedName) throws IOException {
        ensure(1 + indent[depth].length + encodedName.length);
        if (entries[depth - 1]++ > 0) {
            buf[pos++] = ',';
        }
        put(indent[depth]);
        System.arraycopy(encodedName, 0, buf, pos, encodedName.length - nameTrim);
        pos += encodedName.length - nameTrim;
    }

    void string(String s) throws IOException {
        beforeValue();
        int n = s.length();
        if (n * 6 + 2 > buf.length - pos) {
            flush();
            if (n * 6 + 2 > buf.length) {
                int piece = (buf.length - 2) / 6 - 1; // escaped, with room for a surrogate pair's second half
                for (int i = 0; i < n; ) {
                    int end = Math.min(n, i + piece);
                    if (end < n && Character.isHighSurrogate(s.charAt(end - 1))
                            && Character.isLowSurrogate(s.charAt(end))) {
                        end++; // keep a surrogate pair in one piece (a lone high one before a pair is no half)
                    }
                    chars(s, i, end, i == 0, end == n);
                    flush();
                    i = end;
                }
                return;
            }
        }
        chars(s, 0, n, true, true);
    }

    /** Writes a value's text straight into a byte array: printable ASCII that needs no escape. */
    interface AsciiFormat<T> {
        /** Writes at most {@link #MAX_ASCII} bytes from {@code at}; returns the position after them. */
        int write(T value, byte[] bytes, int at);
    }

    /** A string written by {@code format} straight into the buffer, without making a {@code String}. */
    <T> void string(T value, AsciiFormat<T> format) throws IOException {
        beforeValue();
        ensure(MAX_ASCII + 2);
        buf[pos++] = '"';
        pos = format.write(value, buf, pos);
        buf[pos++] = '"';
    }

    void nullValue() throws IOException {
        literal(NULL);
    }

    void bool(boolean value) throws IOException {
        literal(value ? TRUE : FALSE);
    }

    void number(int value) throws IOException {
        literal(Integer.toString(value));
    }

    /** As {@link BigDecimal#toString()}, which is what Jackson writes. */
    void number(BigDecimal value) throws IOException {
        literal(value.toString());
    }

    /**
     * A writer for values of the array this one is in, to be written elsewhere (on another thread,
     * or kept for the next save) and added with {@link #written}: same depth, same layout. Every
     * value it writes starts with the comma that separates it from the one before.
     */
    JsonBytes continuation(OutputStream target) {
        JsonBytes j = new JsonBytes(target);
        j.depth = depth;
        System.arraycopy(isArray, 0, j.isArray, 0, depth);
        j.entries[depth - 1] = 1;
        return j;
    }

    /**
     * The bytes written since the last call (or since this writer was made), which go on to
     * {@code out} only if they did not fit the buffer; {@code out} must then be a {@link Text}.
     */
    byte[] take() throws IOException {
        byte[] taken;
        if (out instanceof Text t && t.size() > 0) {
            flush();
            taken = t.take();
        } else {
            taken = Arrays.copyOf(buf, pos);
        }
        pos = 0;
        return taken;
    }

    /**
     * Adds a value to the current array as a {@link #continuation} wrote it (the comma before it is
     * left out when it is the first). It goes straight to the output, without another copy.
     */
    void written(byte[] value) throws IOException {
        int skip = entries[depth - 1]++ == 0 ? 1 : 0;
        if (pos > 0) {
            flush();
        }
        out.write(value, skip, value.length - skip);
    }

    /** Where a {@link #continuation} puts the bytes of a value larger than its buffer. */
    static final class Text extends OutputStream {
        private byte[] bytes = new byte[0];
        private int size;

        int size() {
            return size;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (bytes.length - size < len) {
                bytes = Arrays.copyOf(bytes, Math.max(size + len, bytes.length * 2));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        byte[] take() {
            byte[] t = Arrays.copyOf(bytes, size);
            bytes = new byte[0];
            size = 0;
            return t;
        }
    }

    /** A character outside any value, such as the line break that ends the file. */
    void raw(char ascii) throws IOException {
        ensure(1);
        buf[pos++] = (byte) ascii;
    }

    /** Writes what is buffered; the stream stays open. */
    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private void open(boolean array, char bracket) throws IOException {
        if (depth == MAX_DEPTH) {
            throw new IOException("The document nests deeper than " + MAX_DEPTH + " levels.");
        }
        beforeValue();
        ensure(1);
        buf[pos++] = (byte) bracket;
        isArray[depth] = array;
        entries[depth] = 0;
        depth++;
    }

    private void close(char bracket) throws IOException {
        depth--;
        ensure(indent[depth].length + 1);
        if (entries[depth] > 0) {
            put(indent[depth]);
        }
        buf[pos++] = (byte) bracket;
    }

    /** In an array, a value is preceded by a comma (after the first) and a new indented line. */
    private void beforeValue() throws IOException {
        if (depth > 0 && isArray[depth - 1]) {
            ensure(1 + indent[depth].length);
            if (entries[depth - 1]++ > 0) {
                buf[pos++] = ',';
            }
            put(indent[depth]);
        }
    }

    private void literal(String ascii) throws IOException {
        literal(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private void literal(byte[] ascii) throws IOException {
        beforeValue();
        ensure(ascii.length);
        put(ascii);
    }

    /** Encodes s[from, to); the caller made room for six bytes a character plus the quotes. */
    private void chars(String s, int from, int to, boolean opening, boolean closing) {
        int n = to - from;
        if (charBuffer.length < n) {
            charBuffer = new char[Math.max(n, charBuffer.length * 2)];
        }
        char[] c = charBuffer;
        s.getChars(from, to, c, 0); // one bulk copy: far cheaper than charAt per character
        byte[] b = buf;
        int p = pos;
        if (opening) {
            b[p++] = '"';
        }
        // Most text is plain ASCII: copy it in one tight loop with one table look-up a character
        // until the first one that needs care, and go on character by character from there.
        int plain = 0;
        while (plain < n) {
            char ch = c[plain];
            if (ch >= 0x80 || ESCAPE[ch] != 0) {
                break;
            }
            b[p + plain++] = (byte) ch;
        }
        p += plain;
        for (int i = plain; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                byte e = ESCAPE[ch];
                if (e == 0) {
                    b[p++] = (byte) ch;
                } else if (e == 'u') {
                    p = unicodeEscape(b, p, ch);
                } else {
                    b[p++] = '\\';
                    b[p++] = e;
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                p = unicodeEscape(b, p, ch); // a lone surrogate is not text UTF-8 can hold
            }
        }
        if (closing) {
            b[p++] = '"';
        }
        pos = p;
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[c >> 12 & 0xF];
        b[p++] = HEX[c >> 8 & 0xF];
        b[p++] = HEX[c >> 4 & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void ensure(int room) throws IOException {
        if (buf.length - pos < room) {
            flush();
        }
    }
}
