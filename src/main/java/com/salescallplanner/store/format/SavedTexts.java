package com.salescallplanner.store.format;

import java.lang.ref.SoftReference;

/**
 * The text every prospect and every call was written as by the last save, kept so that the next
 * save turns into text only the records that changed and copies the rest as they were. Records
 * are immutable, so a record instance (identity, not equality) always writes the same text, and
 * the layout puts every prospect and call at the same depth, so its text does not depend on its
 * neighbours. A replaced, added or moved record is simply not found (or found elsewhere) and
 * written anew; a removed one is no longer asked for. Nothing else goes into the text: the stage
 * model and ladder are written every time.
 *
 * <p>The cost is memory about the file's size. The texts are held softly: when the heap runs
 * short the garbage collector drops them and the next save writes everything (as the first save
 * after a load always does). They are not kept at all when the planner's file is larger than a
 * quarter of the heap. One save at a time (the store's saves are synchronized).
 */
public final class SavedTexts {
    private static final int HEAP_SHARE = 4;

    private SoftReference<Texts> last = new SoftReference<>(null);
    private long expectedBytes;

    /** The texts of both arrays of one save. */
    record Texts(WrittenArray prospects, WrittenArray calls) {
    }

    /**
     * Drops every text (after a load, a restore: other records) and notes the size of the file
     * the next save will roughly write.
     */
    public void forget(long fileBytes) {
        last = new SoftReference<>(null);
        expectedBytes = fileBytes;
    }

    /** The texts of the last save, or null when there are none (never saved, dropped, forgotten). */
    Texts last() {
        return last.get();
    }

    /** Whether this save should keep its texts for the next one. */
    boolean worthKeeping() {
        return expectedBytes <= Runtime.getRuntime().maxMemory() / HEAP_SHARE;
    }

    /** After a save: its texts (null when not kept) and how many bytes it wrote. */
    void saved(Texts texts, long bytes) {
        last = new SoftReference<>(texts);
        expectedBytes = bytes;
    }
}
