package com.salescallplanner.store.format;

import java.io.IOException;
import java.util.List;

/**
 * Writes the prospects or the calls array: a record the last save wrote is copied as the text it
 * was written as ({@link SavedTexts}), the others are turned into text, on all cores when there
 * are many ({@link ParallelRuns}), else here.
 */
final class RecordArray {
    /** Writes one value with the given writer. */
    interface ValueWriter<T> {
        void write(DocumentWriter writer, T value) throws IOException;
    }

    /** The texts written (null when not kept) and their size in bytes. */
    record Written(WrittenArray texts, long bytes) {
    }

    private RecordArray() {
    }

    /**
     * Writes the values into the array that {@code json} is in, which holds no values yet.
     *
     * @param last the texts of the last save, or null
     * @param keep whether to return the texts for the next save (else each is dropped once written)
     */
    static <T> Written write(JsonBytes json, List<T> values, WrittenArray last, boolean keep, ValueWriter<T> each)
            throws IOException {
        byte[][] texts = new byte[values.size()][];
        int missing = 0;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = last == null ? null : last.textOf(i, values.get(i));
            if (texts[i] == null) {
                missing++;
            }
        }
        long bytes;
        if (ParallelRuns.worthIt(missing)) {
            bytes = ParallelRuns.write(json, values, texts, keep, each);
        } else {
            bytes = writeHere(json, values, texts, keep, each);
        }
        return new Written(keep ? new WrittenArray(values, texts) : null, bytes);
    }

    private static <T> long writeHere(JsonBytes json, List<T> values, byte[][] texts, boolean keep,
                                      ValueWriter<T> each) throws IOException {
        TextMaker<T> maker = new TextMaker<>(json, each);
        long bytes = 0;
        for (int i = 0; i < texts.length; i++) {
            byte[] text = texts[i] != null ? texts[i] : maker.text(values.get(i));
            json.written(text);
            bytes += text.length;
            texts[i] = keep ? text : null;
        }
        return bytes;
    }

    /** Turns values of an array into their texts, each with the comma before it. */
    static final class TextMaker<T> {
        private final JsonBytes json;
        private final DocumentWriter writer;
        private final ValueWriter<T> each;

        /** Made on the thread that owns {@code array} (it reads its state). */
        TextMaker(JsonBytes array, ValueWriter<T> each) {
            this.json = array.continuation(new JsonBytes.Text());
            this.writer = new DocumentWriter(json);
            this.each = each;
        }

        byte[] text(T value) throws IOException {
            each.write(writer, value);
            return json.take();
        }
    }
}
