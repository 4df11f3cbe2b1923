package com.salescallplanner.store.format;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads each text of one planner file once: a text that comes again (an attendee on every call
 * with that prospect, a stage id, a call's prospect id, a recurring question or objective) is the
 * same {@code String} object, not a copy. Strings were about 70 % of the heap after loading a large
 * planner, 1.28x the file's size where issue 15 asks for at most 1x (docs/performance.md).
 * Jackson's own reading (and its checks of each value's type) is unchanged; only texts up to
 * {@link #MAX_LENGTH} characters are looked up, as long notes rarely repeat.
 */
final class SharedStrings extends StringDeserializer {
    static final int MAX_LENGTH = 256;
    private static final String KEY = "planner-shared-strings";

    /** A reader of one file that shares its texts; the table goes with the reading. */
    static ObjectReader reading(ObjectReader reader) {
        return reader.withAttribute(KEY, new HashMap<String, String>());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String s = super.deserialize(p, ctxt);
        if (s == null || s.length() > MAX_LENGTH || !(ctxt.getAttribute(KEY) instanceof Map<?, ?> seen)) {
            return s;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> texts = (Map<String, String>) seen;
        String earlier = texts.putIfAbsent(s, s);
        return earlier != null ? earlier : s;
    }
}
