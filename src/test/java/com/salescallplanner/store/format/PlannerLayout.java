package com.salescallplanner.store.format;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;

/**
 * <b>Test code only:</b> the planner written through Jackson's streaming generator, which issue 15
 * asked for and which decision 10 measured against the hand-written writer and did not adopt; kept
 * here so that {@link WriterComparison} ({@code mvn -B -Pbench -DskipTests verify -Dbench.args=writer})
 * can time both on the same store again.
 *
 * <p>The file's layout, for Jackson's generator: two-space indentation, {@code "name": value}, every
 * array value and object entry on a line of its own, {@code []} and {@code {}} for empty
 * containers, {@code \n} line breaks on every system. This is what Jackson's
 * {@code DefaultPrettyPrinter} wrote with those settings before the writer streamed (the golden
 * files pin it); a printer of its own because a generator that writes one prospect or call on its
 * own, for {@link JacksonArray}, must indent it as deep as it sits in the document.
 * One instance per generator: it counts the nesting.
 */
final class PlannerLayout implements PrettyPrinter {
    private static final int MAX_DEPTH = Mappers.MAX_DEPTH;
    private static final SerializedString[] INDENT = new SerializedString[MAX_DEPTH + 2];
    private static final SerializedString NAME_VALUE = new SerializedString(": ");

    static {
        for (int level = 0; level < INDENT.length; level++) {
            INDENT[level] = new SerializedString("\n" + "  ".repeat(level));
        }
    }

    /**
     * The strict mapper's settings (UTF-8, Jackson's escaping); the stream is the caller's to close,
     * and a flush of the generator empties its buffer without flushing the stream.
     */
    private static final ObjectWriter WRITER = Mappers.STRICT.writer()
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);

    private int nesting;

    /**
     * A generator that writes to {@code out} in this layout, as if inside {@code nesting} containers;
     * closing it flushes it and leaves {@code out} open.
     */
    static JsonGenerator generator(OutputStream out, int nesting) {
        return WRITER.with(new PlannerLayout(nesting)).createGenerator(out);
    }

    /** @param nesting how many containers the generator's output sits in (0 for a whole document) */
    PlannerLayout(int nesting) {
        this.nesting = nesting;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // Values at a generator's top level are the records of one array: the document's generator adds separators.
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        g.writeRaw(INDENT[nesting]);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(NAME_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        g.writeRaw(INDENT[nesting]);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        close(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        g.writeRaw(INDENT[nesting]);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(',');
        g.writeRaw(INDENT[nesting]);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        close(g, values, ']');
    }

    private void open(JsonGenerator g, char bracket) {
        if (nesting > MAX_DEPTH) {
            // The reader refuses deeper documents (Mappers): never write one it could not read back.
            throw new IllegalStateException("The document nests deeper than " + MAX_DEPTH + " levels.");
        }
        g.writeRaw(bracket);
        nesting++;
    }

    private void close(JsonGenerator g, int entries, char bracket) {
        nesting--;
        if (entries > 0) {
            g.writeRaw(INDENT[nesting]);
        }
        g.writeRaw(bracket);
    }
}
