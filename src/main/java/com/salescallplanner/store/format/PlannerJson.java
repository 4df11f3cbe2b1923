package com.salescallplanner.store.format;

import com.salescallplanner.domain.PlannerData;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
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

    /** Enough of a file's start to find the version this version writes first. */
    private static final int HEAD_BYTES = 256;

    public static Decoded read(byte[] bytes) throws FormatException {
        if (bytes.length == 0) {
            throw new FormatException("the top level", "the file is empty.");
        }
        int version = schemaVersion(bytes);
        return decoded(version, () -> {
            if (version == CURRENT_VERSION) {
                return SharedStrings.reading(() -> Mappers.STRICT.readerFor(JsonDocument.class).readValue(bytes));
            }
            if (version > CURRENT_VERSION) {
                return Mappers.LENIENT.readValue(bytes, JsonDocument.class);
            }
            JsonNode tree = Mappers.STRICT.readTree(bytes);
            return Mappers.STRICT.treeToValue(Migrations.upgrade((ObjectNode) tree, version), JsonDocument.class);
        });
    }

    /**
     * {@link #read(byte[])} from a stream, which must support {@code mark}: a file of this format
     * is bound as it streams in, without its bytes held whole beside what they become (a large
     * file's load no longer waits for an array of its size to be cleared and filled: issue 15);
     * any other is read whole and goes the way of {@link #read(byte[])}. The stream is left open,
     * read at least to the end of the document.
     *
     * @throws IOException when the stream fails, as it did, not as a format problem
     */
    public static Decoded read(InputStream in) throws FormatException, IOException {
        return read(in, true);
    }

    /**
     * {@link #read(InputStream)}, with the check for a key given twice in one object left out when
     * {@code checkRepeatedKeys} is false: for a file the caller will find, by its size and checksum,
     * to be one this version wrote or read whole before (which holds no such key); the caller reads
     * it again with the check when it is not. Everything else is checked as always. The check is
     * about a tenth of a large file's load (docs/performance.md).
     */
    public static Decoded read(InputStream in, boolean checkRepeatedKeys) throws FormatException, IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (!startsWithCurrentVersion(head)) {
            return read(in.readAllBytes());
        }
        try {
            ObjectReader reader = Mappers.STRICT.readerFor(JsonDocument.class);
            ObjectReader chosen = checkRepeatedKeys ? reader : reader.without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
            return decoded(CURRENT_VERSION, () -> SharedStrings.reading(() -> chosen.readValue(new KeptOpen(in))));
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
    }

    /**
     * The document {@code bind} gives, converted with every value checked; what Jackson or a check
     * refuses becomes a place and a sentence. A failing stream ({@link JacksonIOException}) is not
     * the document's fault and goes to the caller as it is.
     */
    private static Decoded decoded(int version, Supplier<JsonDocument> bind) throws FormatException {
        try {
            return new Decoded(bind.get().toDomain(), version);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    /** Whether the document opens with {@code "schemaVersion": CURRENT_VERSION}, as this version writes it. */
    private static boolean startsWithCurrentVersion(byte[] head) {
        try (JsonParser p = Mappers.STRICT.createParser(head)) {
            return opensWithCurrentVersion(p);
        } catch (JacksonException e) {
            return false; // read(byte[]) says what is wrong, and where
        }
    }

    /** Reads the document's opening: true when it is {@code {"schemaVersion": CURRENT_VERSION}. */
    private static boolean opensWithCurrentVersion(JsonParser p) {
        return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.PROPERTY_NAME
                && "schemaVersion".equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == CURRENT_VERSION;
    }

    /** Jackson closes what it reads from; the caller still reads the rest of this stream and closes it. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller's
        }
    }

    /**
     * The stages, the ladder and the prospects, read from the start of a file of this format and
     * checked as {@link #read} checks them, without its calls (which come after the prospects and
     * make up most of a large file): enough to show the prospect list while the rest is read
     * (issue 15). Empty when that is not possible this way: an older or newer format, fields in
     * another order, or anything wrong; {@link #read} then says what, as it always has.
     */
    public static Optional<PlannerData> readProspectsFirst(InputStream in) {
        try (JsonParser p = Mappers.STRICT.createParser(in)) {
            if (!opensWithCurrentVersion(p)) {
                return Optional.empty();
            }
            String savedAt = null;
            List<JsonStage> stages = null;
            List<JsonRung> ladder = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "savedAt" -> savedAt = p.getValueAsString();
                    case "stages" -> stages = part(p, new TypeReference<List<JsonStage>>() { });
                    case "ladder" -> ladder = part(p, new TypeReference<List<JsonRung>>() { });
                    case "prospects" -> {
                        List<JsonProspect> prospects = part(p, new TypeReference<List<JsonProspect>>() { });
                        return Optional.of(new JsonDocument(CURRENT_VERSION, savedAt, stages, ladder, prospects, List.of(),
                                null).toDomain());
                    }
                    default -> {
                        return Optional.empty(); // the calls before the prospects, or a field this format lacks
                    }
                }
            }
            return Optional.empty();
        } catch (JacksonException | InvalidValue e) {
            return Optional.empty(); // read() reports it, with where
        }
    }

    /** The value at the parser, read as strictly as the whole document; the rest of the document follows it. */
    private static <T> T part(JsonParser p, TypeReference<T> type) {
        return Mappers.STRICT.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
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
