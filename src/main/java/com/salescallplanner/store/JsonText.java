package com.salescallplanner.store;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns plain values (records, maps, lists, strings, numbers, booleans, null) into JSON text, so that
 * layers which may not use Jackson, like the command line, can still print JSON. Map entries keep their
 * order; null values are written as null. No control character is written raw: JSON escapes the C0
 * controls, and DEL and the C1 controls (U+007F-U+009F, which a terminal may obey) are escaped too, so
 * the text can be printed on a terminal and still reads back exactly.
 */
public final class JsonText {
    private static final JsonMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new ControlEscapes()).build()).build();

    /** Jackson's standard escapes, plus \\u escapes for DEL and C1. */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table = CharacterEscapes.standardAsciiEscapesForJSON();

        ControlEscapes() {
            table[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9f ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private JsonText() {
    }

    /** Compact JSON on one line. */
    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Indented JSON, for people to read. */
    public static String pretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
