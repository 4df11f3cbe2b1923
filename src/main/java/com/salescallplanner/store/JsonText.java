package com.salescallplanner.store;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns plain values (records, maps, lists, strings, numbers, booleans, null) into JSON text, so that
 * layers which may not use Jackson, like the command line, can still print JSON. Map entries keep their
 * order; null values are written as null.
 */
public final class JsonText {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

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
