package com.salescallplanner.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of the planner's records made from an earlier one with one record replaced
 * or added, in one array copy. {@code List.copyOf} of a copy walks it twice more (a second array
 * copy and a null check of each element): for one edited prospect among 10,000 (or call among
 * 100,000) that was most of an edit's cost beside the disk in a fresh JVM (docs/performance.md).
 * It equals any list with the same elements in the same order, as {@link List#equals} asks.
 */
final class RecordList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] items;
    /** Stands for this list in the lists made from it: they hold this, not the list, so no edit keeps every earlier one. */
    private final Object identity = new Object();
    /** The {@link #identity} of the list this one was made from by {@link #replaced}, or null. */
    private final Object madeFrom;
    private final int replacedAt;

    private RecordList(Object[] items, Object madeFrom, int replacedAt) {
        this.items = items;
        this.madeFrom = madeFrom;
        this.replacedAt = replacedAt;
    }

    /** The checked list of a planner just made (loaded, imported) as one an edit's list can say it was made from. */
    static <T> List<T> of(List<T> checked) {
        return checked instanceof RecordList<T> r ? r : new RecordList<>(checked.toArray(), null, -1);
    }

    /** {@code list} with the element at {@code index} replaced by {@code value}. */
    static <T> List<T> replaced(List<T> list, int index, T value) {
        Object[] copy = list.toArray();
        Objects.checkIndex(index, copy.length);
        copy[index] = Objects.requireNonNull(value);
        return new RecordList<>(copy, list instanceof RecordList<?> r ? r.identity : null, index);
    }

    /** {@code list} with {@code value} added at its end. */
    static <T> List<T> appended(List<T> list, T value) {
        Object[] copy = Arrays.copyOf(list.toArray(), list.size() + 1);
        copy[copy.length - 1] = Objects.requireNonNull(value);
        return new RecordList<>(copy, null, -1);
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
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object[] toArray() {
        return items.clone();
    }
}
