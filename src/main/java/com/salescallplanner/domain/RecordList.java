package com.salescallplanner.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of the planner's records, made from an earlier one with one record replaced
 * or added by copying only what changes. The records sit in chunks of {@value #CHUNK}; a new list
 * shares every chunk with the one it was made from except the one that changed, so an edit copies
 * the chunk and the table of chunks (about 220 references for 10,000 prospects, 1,600 for 100,000
 * calls) instead of the whole list (40 KB, or 400 KB for the calls, at every tick of an objective).
 * Nothing in a chunk is changed once a list holds it. It equals any list with the same elements in
 * the same order, as {@link List#equals} asks.
 */
final class RecordList<T> extends AbstractList<T> implements RandomAccess {
    private static final int SHIFT = 6;
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    /** Full chunks of {@link #CHUNK}, the last one possibly filled only up to {@link #size}. */
    private final Object[][] chunks;
    private final int size;
    /** Stands for this list in the lists made from it: they hold this, not the list, so no edit keeps every earlier one. */
    private final Object identity = new Object();
    /** The {@link #identity} of the list this one was made from by {@link #replaced}, or null. */
    private final Object madeFrom;
    private final int replacedAt;

    private RecordList(Object[][] chunks, int size, Object madeFrom, int replacedAt) {
        this.chunks = chunks;
        this.size = size;
        this.madeFrom = madeFrom;
        this.replacedAt = replacedAt;
    }

    /** The checked list of a planner just made (loaded, imported) as one an edit's list can say it was made from. */
    static <T> RecordList<T> of(List<T> list) {
        if (list instanceof RecordList<T> r) {
            return r;
        }
        Object[] all = list.toArray();
        Object[][] chunks = new Object[(all.length + MASK) >>> SHIFT][];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = Arrays.copyOfRange(all, c << SHIFT, (c + 1) << SHIFT); // the last padded with nulls
        }
        return new RecordList<>(chunks, all.length, null, -1);
    }

    /** {@code list} with the element at {@code index} replaced by {@code value}. */
    static <T> List<T> replaced(List<T> list, int index, T value) {
        RecordList<T> from = of(list);
        Objects.checkIndex(index, from.size);
        Object[][] chunks = from.chunks.clone();
        Object[] chunk = chunks[index >>> SHIFT].clone();
        chunk[index & MASK] = Objects.requireNonNull(value);
        chunks[index >>> SHIFT] = chunk;
        return new RecordList<>(chunks, from.size, list == from ? from.identity : null, index);
    }

    /** {@code list} with {@code value} added at its end. */
    static <T> List<T> appended(List<T> list, T value) {
        RecordList<T> from = of(list);
        int at = from.size;
        Object[][] chunks;
        Object[] chunk;
        if ((at & MASK) == 0) { // the last chunk is full, or there is none: a new one
            chunks = Arrays.copyOf(from.chunks, from.chunks.length + 1);
            chunk = new Object[CHUNK];
        } else { // room in the last chunk, which the earlier list shares: a copy of it
            chunks = from.chunks.clone();
            chunk = chunks[at >>> SHIFT].clone();
        }
        chunk[at & MASK] = Objects.requireNonNull(value);
        chunks[at >>> SHIFT] = chunk;
        return new RecordList<>(chunks, at + 1, null, -1);
    }

    /**
     * The only place where {@code after} may differ from {@code before} when it was made from it by
     * {@link #replaced}; -1 when that is not known (then only comparing them in full tells).
     */
    static int replacedAt(List<?> before, List<?> after) {
        return after instanceof RecordList<?> a && before instanceof RecordList<?> b && a.madeFrom == b.identity
                ? a.replacedAt : -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) chunks[index >>> SHIFT][index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        Object[] all = new Object[size];
        for (int c = 0; c < chunks.length; c++) {
            int from = c << SHIFT;
            System.arraycopy(chunks[c], 0, all, from, Math.min(CHUNK, size - from));
        }
        return all;
    }
}
