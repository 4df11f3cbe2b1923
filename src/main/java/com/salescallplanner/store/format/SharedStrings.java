package com.salescallplanner.store.format;

import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads each text of one planner file once: a text that comes again (an attendee on every call
 * with that prospect, a stage id, a call's prospect id, a recurring question or objective) is the
 * same {@code String} object, not a copy. Strings were about 70 % of the heap after loading a large
 * planner, 1.28x the file's size where issue 15 asks for at most 1x (docs/performance.md).
 * Jackson's own reading (and its checks of each value's type) is unchanged; only texts up to
 * {@link #MAX_LENGTH} characters are looked up: longer ones saved next to nothing more on the
 * bench's store and cost hashing time.
 */
final class SharedStrings extends StringDeserializer {
    static final int MAX_LENGTH = 64;
    /** The table of the file this thread reads, if it is {@link #reading} one (an attribute of the read cost more). */
    private static final ThreadLocal<Table> CURRENT = new ThreadLocal<>();

    /**
     * The table of the parser read last, so that a read's millions of texts seldom ask the
     * {@link ThreadLocal} (about 65 ms of a large file's first load went to that look-up). Only a
     * parser of a {@link #reading} has one; a stale entry names a parser no read uses any more.
     */
    private static volatile ParserTable last;

    private record ParserTable(JsonParser parser, Table table) {
    }

    /** Reads one file with its texts shared ({@code read} binds it); the table goes with the reading (this thread's only). */
    static <T> T reading(Supplier<T> read) throws JacksonException {
        CURRENT.set(new Table());
        try {
            return read.get();
        } finally {
            CURRENT.remove();
            last = null; // nothing of this read kept: its table holds texts of the file
        }
    }

    /**
     * A text up to {@link #MAX_LENGTH} characters is looked up in the table from the parser's own
     * characters: one seen before is returned without making a new {@code String} of it (about a
     * fifth of the texts' reading went to making and hashing strings that were then dropped).
     */
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return super.deserialize(p, ctxt); // what Jackson allows instead of a text, as it decides
        }
        Table table = table(p);
        if (table == null || p.getStringLength() > MAX_LENGTH) {
            return p.getString();
        }
        return table.shared(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    }

    private static Table table(JsonParser p) {
        ParserTable known = last;
        if (known != null && known.parser() == p) {
            return known.table();
        }
        Table table = CURRENT.get();
        if (table != null) {
            last = new ParserTable(p, table);
        }
        return table;
    }

    /**
     * The texts seen, one per slot by hash, a newer text taking the slot of an older one with the
     * same slot: no growing and no entry objects. A map of every text cost more time than the
     * memory it saved was worth (a third more load time); this keeps the texts that come often.
     */
    private static final class Table {
        private static final int SLOTS = 1 << 16;
        private final String[] slots = new String[SLOTS];

        /** The text of {@code chars[from, from + length)}: the one in its slot when that is the same text, else a new one. */
        String shared(char[] chars, int from, int length) {
            int h = 0;
            for (int k = from; k < from + length; k++) {
                h = 31 * h + chars[k];
            }
            int i = (h ^ (h >>> 16)) & (SLOTS - 1);
            String earlier = slots[i];
            if (earlier != null && sameText(earlier, chars, from, length)) {
                return earlier;
            }
            String s = new String(chars, from, length);
            slots[i] = s;
            return s;
        }

        private static boolean sameText(String s, char[] chars, int from, int length) {
            if (s.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (s.charAt(k) != chars[from + k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
