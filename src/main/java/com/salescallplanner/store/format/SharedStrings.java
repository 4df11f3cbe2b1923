package com.salescallplanner.store.format;

import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
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

    /** Reads one file with its texts shared ({@code read} binds it); the table goes with the reading (this thread's only). */
    static <T> T reading(Supplier<T> read) throws JacksonException {
        CURRENT.set(new Table());
        try {
            return read.get();
        } finally {
            CURRENT.remove();
        }
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String s = super.deserialize(p, ctxt);
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        Table table = CURRENT.get();
        return table == null ? s : table.shared(s);
    }

    /**
     * The texts seen, one per slot by hash, a newer text taking the slot of an older one with the
     * same slot: no growing and no entry objects. A map of every text cost more time than the
     * memory it saved was worth (a third more load time); this keeps the texts that come often.
     */
    private static final class Table {
        private static final int SLOTS = 1 << 16;
        private final String[] slots = new String[SLOTS];

        String shared(String s) {
            int h = s.hashCode();
            int i = (h ^ (h >>> 16)) & (SLOTS - 1);
            String earlier = slots[i];
            if (earlier != null && earlier.equals(s)) {
                return earlier;
            }
            slots[i] = s;
            return s;
        }
    }
}
