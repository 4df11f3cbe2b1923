package com.salescallplanner.store.format;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The two configured mappers. Strict for the rep's own file: unknown fields (a misspelled
 * field in a hand-edited file), duplicate keys, trailing content and type coercions ("5" for 5,
 * 5 for "5", 1.5 for 1) are errors rather than silently dropped or converted. Lenient (unknown
 * fields ignored) only to show a file written by a newer version read-only. A tree (an older
 * format is migrated as one) holds every number exactly as written, as binding does: see
 * {@link #exactNumbers}.
 */
final class Mappers {
    /** Far deeper than the document ever nests (about 6 levels): deeper means damage or attack. */
    static final int MAX_DEPTH = 32;
    /** Longest string value: the domain allows 10,000 characters; the rest is headroom. */
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NAME = 200;
    static final int MAX_NUMBER = 64;

    static final JsonMapper STRICT = build(true);
    static final JsonMapper LENIENT = build(false);

    private Mappers() {
    }

    private static JsonMapper build(boolean strict) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNameLength(MAX_NAME)
                        .maxNumberLength(MAX_NUMBER)
                        .maxDocumentLength(PlannerJson.MAX_FILE_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder b = JsonMapper.builder(factory)
                .addModule(new RecordCreators())
                .addModule(new SimpleModule("planner-shared-strings").addDeserializer(String.class, new SharedStrings()))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        exactNumbers(b);
        if (strict) {
            b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        } else {
            b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return b.build();
    }

    /**
     * By default a tree reads a number with a fraction as a double, which rounds an amount
     * ({@code 12345678901234567.89} becomes {@code 12345678901234568}) and drops its trailing zeros
     * ({@code 125000.50} becomes {@code 125000.5}): a migrated file would lose what the rep entered.
     * As a big decimal, with its scale kept, it binds to the same value as the current format's
     * reader gives. Whole numbers beyond a long already become big integers.
     */
    private static JsonMapper.Builder exactNumbers(JsonMapper.Builder b) {
        return b.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }
}
