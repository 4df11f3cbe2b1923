package com.salescallplanner.store.format;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one array (prospects or calls) as a save wrote them, and the text of each, in
 * order: {@code texts[i]} is what {@code records.get(i)} was written as, with the comma before it
 * ({@link JsonBytes#continuation}). Records are matched by identity: an equal record that is
 * another instance is written anew, which costs time but can never write stale text.
 */
final class WrittenArray {
    private final List<?> records;
    private final byte[][] texts;
    /** Where the last record found was, minus where it is asked for now: a removal or insertion shifts all after it. */
    private int shift;
    /** Record to position, built the first time a record is not where the shift says. */
    private Map<Object, Integer> index;

    WrittenArray(List<?> records, byte[][] texts) {
        if (records.size() != texts.length) {
            throw new IllegalArgumentException(records.size() + " records, " + texts.length + " texts");
        }
        this.records = records;
        this.texts = texts;
    }

    /** The text {@code record} was written as, or null if it was not written by that save. */
    byte[] textOf(int position, Object record) {
        int guess = position + shift;
        if (guess >= 0 && guess < records.size() && records.get(guess) == record) {
            return texts[guess];
        }
        if (index == null) {
            index = new IdentityHashMap<>(records.size() * 2);
            for (int i = 0; i < records.size(); i++) {
                index.put(records.get(i), i);
            }
        }
        Integer at = index.get(record);
        if (at == null) {
            return null;
        }
        shift = at - position;
        return texts[at];
    }
}
