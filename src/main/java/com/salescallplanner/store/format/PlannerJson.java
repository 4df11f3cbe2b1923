package com.salescallplanner.store.format;

import com.salescallplanner.domain.PlannerData;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the planner document ({@code planner.json}). Reading checks everything:
 * JSON syntax and safety limits, the format version (older versions are migrated, newer ones
 * read leniently for a read-only view), field types, unknown fields, and every value through
 * the domain's rules.
 */
public final class PlannerJson {
    /**
     * The format this version writes. History: 1 = first release layout, 2 = stage ids, two objective fields,
     * 3 = the rep's learned phrasings.
     */
    public static final int CURRENT_VERSION = 3;
    /** Larger files are refused before reading: far beyond any rep's data (see docs/storage.md). */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private PlannerJson() {
    }

    /**
     * @param data          the rep's data
     * @param schemaVersion the version the file declared
     */
    public record Decoded(PlannerData data, int schemaVersion) {
        public boolean migrated() {
            return schemaVersion < CURRENT_VERSION;
        }

        public boolean fromNewerVersion() {
            return schemaVersion > CURRENT_VERSION;
        }
    }

    public static Decoded read(byte[] bytes) throws FormatException {
        if (bytes.length == 0) {
            throw new FormatException("the top level", "the file is empty.");
        }
        try {
            int version = schemaVersion(bytes);
            JsonDocument doc;
            if (version == CURRENT_VERSION) {
                doc = Mappers.STRICT.readValue(bytes, JsonDocument.class);
            } else if (version > CURRENT_VERSION) {
                doc = Mappers.LENIENT.readValue(bytes, JsonDocument.class);
            } else {
                JsonNode tree = Mappers.STRICT.readTree(bytes);
                doc = Mappers.STRICT.treeToValue(Migrations.upgrade((ObjectNode) tree, version), JsonDocument.class);
            }
            return new Decoded(doc.toDomain(), version);
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    /**
     * Writes the whole document, UTF-8, pretty-printed, ending with a line break, straight to
     * {@code out} (which stays open).
     */
    public static void write(PlannerData data, Instant savedAt, OutputStream out) throws IOException {
        SavedTexts none = new SavedTexts();
        none.forget(Long.MAX_VALUE); // nothing to reuse, nothing worth keeping
        write(data, savedAt, out, none);
    }

    /**
     * {@link #write(PlannerData, Instant, OutputStream)}, copying the text of every prospect and
     * call that {@code saved} holds from an earlier write and keeping this write's texts there.
     * The bytes are the same either way.
     */
    public static void write(PlannerData data, Instant savedAt, OutputStream out, SavedTexts saved)
            throws IOException {
        JsonBytes json = new JsonBytes(out);
        new DocumentWriter(json).document(data, savedAt, saved);
        json.raw('\n');
        json.flush();
    }

    /**
     * The top-level {@code schemaVersion}, found by a streaming scan that skips everything else
     * (the writer puts it first, so this is usually the first field).
     */
    private static int schemaVersion(byte[] bytes) throws FormatException {
        JsonParser p = Mappers.STRICT.createParser(bytes);
        try (p) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatException("line 1, column 1", "this is not a planner file: it does not start with '{'.");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("schemaVersion".equals(name)) {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() < 1) {
                        throw new FormatException("schemaVersion", "expected a whole number from 1, such as "
                                + CURRENT_VERSION + ".");
                    }
                    return p.getIntValue();
                }
                p.skipChildren();
            }
            throw new FormatException("schemaVersion", "is missing: this is not a planner file, or it is damaged.");
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e, p);
        }
    }
}
