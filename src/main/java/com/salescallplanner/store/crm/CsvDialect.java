package com.salescallplanner.store.crm;

import com.salescallplanner.domain.crm.DateOrder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * How a CSV file is written: its delimiter and its character set. Excel saves "CSV" with the
 * delimiter of the user's locale (a semicolon in much of Europe) and in Windows-1252, so both
 * are detected from the bytes, and the import wizard lets the user correct them.
 */
public record CsvDialect(char delimiter, Charset charset) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The delimiters the wizard offers, in the order it offers them. */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t');
    /** The character sets the wizard offers. */
    public static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, WINDOWS_1252,
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16);

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public CsvDialect {
        if (!DELIMITERS.contains(delimiter)) {
            throw new IllegalArgumentException("Delimiter must be a comma, a semicolon or a tab.");
        }
        Objects.requireNonNull(charset, "charset");
    }

    /** Guesses the dialect from the file's bytes: byte-order mark or valid UTF-8, then the delimiter. */
    public static CsvDialect detect(byte[] bytes) {
        Charset charset = detectCharset(bytes);
        return new CsvDialect(detectDelimiter(CsvText.decode(bytes, charset)), charset);
    }

    /**
     * UTF-8 when the file has a UTF-8 or no byte-order mark and decodes as valid UTF-8; UTF-16
     * when it has a UTF-16 byte-order mark; otherwise Windows-1252, Excel's "ANSI" on Western
     * Windows (a superset of ISO-8859-1 in the printable range, so Latin-1 files read too).
     */
    static Charset detectCharset(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The candidate delimiter that occurs most often outside quotes in the header line; comma on a tie. */
    static char detectDelimiter(String text) {
        int[] counts = new int[DELIMITERS.size()];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                int k = DELIMITERS.indexOf(c);
                if (k >= 0) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS.get(best);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** "Comma", "Semicolon" or "Tab", for the wizard and the report. */
    /** How this file's ambiguous slashed dates are usually meant: Excel writes semicolon files in European locales. */
    public DateOrder usualDateOrder() {
        return delimiter == ';' ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    public static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> "Comma";
            case ';' -> "Semicolon";
            case '\t' -> "Tab";
            default -> "'" + delimiter + "'";
        };
    }
}
