package com.salescallplanner.store;

import java.util.List;
import java.util.Map;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON text for the command line's {@code --json} output, so the command line needs no JSON
 * library of its own. Takes plain values: maps (in their iteration order), lists, strings,
 * numbers, booleans and null.
 */
public final class CliJson {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(
            new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private CliJson() {
    }

    /** Pretty-printed JSON of a list of entries, e.g. one map per prospect. */
    public static String array(List<? extends Map<String, ?>> entries) {
        return WRITER.writeValueAsString(entries);
    }

    /** Pretty-printed JSON of one object. */
    public static String object(Map<String, ?> entry) {
        return WRITER.writeValueAsString(entry);
    }
}
