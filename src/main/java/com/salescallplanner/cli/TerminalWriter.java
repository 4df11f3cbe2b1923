package com.salescallplanner.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import picocli.CommandLine;

/**
 * Everything the command line prints passes through here, so no text from a data file or a CSV
 * (a company named with ESC sequences, a BEL, a lone CR that returns to the start of the line)
 * can move the cursor, retitle the window or rewrite the rep's terminal: each control character
 * but tab and line ends (LF, and CR directly before LF) comes out as U+FFFD, as in the exports.
 * DEL and the C1 controls (U+0080-U+009F, which include the 8-bit CSI) count as controls.
 * JSON output never holds a raw control character ({@code store.JsonText} escapes them), so it
 * passes unchanged.
 */
final class TerminalWriter extends FilterWriter {
    static final char REPLACEMENT = '\uFFFD';
    /** A CR waiting for the next character: kept before LF, replaced otherwise. */
    private boolean pendingCr;

    private TerminalWriter(Writer out) {
        super(out);
    }

    /** Makes the command line's output and error writers (as set now) neutralise control characters. */
    static void install(CommandLine cl) {
        cl.setOut(new PrintWriter(new TerminalWriter(cl.getOut()), true));
        cl.setErr(new PrintWriter(new TerminalWriter(cl.getErr()), true));
    }

    @Override
    public void write(int c) throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write(c == '\n' ? '\r' : REPLACEMENT);
        }
        if (c == '\r') {
            pendingCr = true;
        } else {
            out.write(isControl(c) ? REPLACEMENT : c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }

    @Override
    public void close() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write(REPLACEMENT);
        }
        super.close();
    }

    static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
    }
}
