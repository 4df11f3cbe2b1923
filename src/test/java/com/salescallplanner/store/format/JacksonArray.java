package com.salescallplanner.store.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JsonGenerator;

/**
 * <b>Test code only:</b> the planner written through Jackson's streaming generator, which issue 15
 * asked for and which decision 10 measured against the hand-written writer and did not adopt; kept
 * here so that {@link WriterComparison} ({@code mvn -B -Pbench -DskipTests verify -Dbench.args=writer})
 * can time both on the same store again.
 *
 * <p>Writes the prospects or the calls array: a record the last save wrote is copied as the text it
 * was written as ({@link SavedTexts}), the others are turned into text, on all cores when there
 * are many ({@link JacksonRuns}), else here. Each text is one record as a generator of its own
 * wrote it, indented for where it sits; the document's generator writes the comma and line break
 * before it ({@link #add}).
 */
final class JacksonArray {
    /** The prospects and calls are values of arrays in the document's object: two levels deep. */
    private static final int NESTING = 2;

    /** Writes one value with the given writer. */
    interface ValueWriter<T> {
        void write(JacksonDocument writer, T value) throws IOException;
    }

    /** The texts written (null when not kept) and their size in bytes. */
    record Written(WrittenArray texts, long bytes) {
    }

    private JacksonArray() {
    }

    /**
     * Writes the values into the array that {@code json} is in, which holds no values yet.
     *
     * @param last the texts of the last save, or null
     * @param keep whether to return the texts for the next save (else each is dropped once written)
     */
    static <T> Written write(JsonGenerator json, List<T> values, WrittenArray last, boolean keep,
                             ValueWriter<T> each) throws IOException {
        byte[][] texts = new byte[values.size()][];
        int missing = 0;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = last == null ? null : last.textOf(i, values.get(i));
            if (texts[i] == null) {
                missing++;
            }
        }
        long bytes;
        if (JacksonRuns.worthIt(missing)) {
            bytes = JacksonRuns.write(json, values, texts, keep, each);
        } else {
            bytes = writeHere(json, values, texts, keep, each);
        }
        return new Written(keep ? new WrittenArray(values, texts) : null, bytes);
    }

    private static <T> long writeHere(JsonGenerator json, List<T> values, byte[][] texts, boolean keep,
                                      ValueWriter<T> each) throws IOException {
        try (TextMaker<T> maker = new TextMaker<>(each)) {
            long bytes = 0;
            for (int i = 0; i < texts.length; i++) {
                byte[] text = texts[i] != null ? texts[i] : maker.text(values.get(i));
                add(json, text);
                bytes += text.length;
                texts[i] = keep ? text : null;
            }
            return bytes;
        }
    }

    /**
     * Adds a record's text as the next value of the array {@code json} is in. The generator writes
     * the comma and line break before it and counts it (an empty raw value); the text then goes
     * from the generator's stream straight to the file's, not copied through the generator's
     * buffer first: after an edit, a save copies some 180 MB of unchanged records this way, and
     * the extra copy made the save about twice as slow (docs/performance.md).
     */
    static void add(JsonGenerator json, byte[] text) throws IOException {
        json.writeRawValue("");
        json.flush();
        ((OutputStream) json.streamWriteOutputTarget()).write(text);
    }

    /** Turns values of an array into their texts, through a generator of its own; one thread at a time. */
    static final class TextMaker<T> implements AutoCloseable {
        private final Sink sink = new Sink();
        private final JsonGenerator json = PlannerLayout.generator(sink, NESTING);
        private final JacksonDocument writer = new JacksonDocument(json);
        private final ValueWriter<T> each;

        TextMaker(ValueWriter<T> each) {
            this.each = each;
        }

        byte[] text(T value) throws IOException {
            each.write(writer, value);
            json.flush();
            return sink.take();
        }

        /** Gives the generator's buffers back to Jackson's pool. */
        @Override
        public void close() {
            json.close();
        }
    }

    /**
     * The bytes of one value: taken, then the next. The generator hands over a whole record in one
     * write when it fits its buffer (most do): that write is kept as the record's array, one copy.
     */
    private static final class Sink extends OutputStream {
        private byte[] bytes = new byte[0];
        private int size;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size == 0) {
                bytes = Arrays.copyOfRange(b, off, off + len);
            } else {
                if (bytes.length - size < len) {
                    bytes = Arrays.copyOf(bytes, Math.max(size + len, bytes.length * 2));
                }
                System.arraycopy(b, off, bytes, size, len);
            }
            size += len;
        }

        byte[] take() {
            byte[] taken = bytes.length == size ? bytes : Arrays.copyOf(bytes, size);
            bytes = new byte[0];
            size = 0;
            return taken;
        }
    }
}
