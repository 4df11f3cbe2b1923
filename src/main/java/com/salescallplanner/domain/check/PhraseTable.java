package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyword phrases keyed by their first word, matched on lemmas; the longest phrase at a position wins.
 * A "~" in a phrase stands for at most one word of any kind ("confirm ~ budget" matches "confirm budget"
 * and "confirm final budget"). Matching costs a hash look-up per word, which keeps re-checking cheap.
 */
final class PhraseTable<T> {
    private record Entry<T>(String[] words, T value) {
    }

    /** A match: the value and how many words it spans. */
    record Match<T>(T value, int length) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    /** Adds a phrase; its words are lemmatised like the text, so "figures" and "figure" are the same. */
    PhraseTable<T> add(T value, String... phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].equals("~")) {
                    words[i] = Words.lemma(Shorthand.expand(words[i]));
                }
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(new Entry<>(words, value));
        }
        return this;
    }

    boolean startsPhrase(String lemma) {
        return byFirst.containsKey(lemma);
    }

    /** The longest phrase starting at {@code i}, or null. */
    Match<T> match(String[] lemmas, int i) {
        List<Entry<T>> candidates = byFirst.get(lemmas[i]);
        if (candidates == null) {
            return null;
        }
        Match<T> best = null;
        for (Entry<T> e : candidates) {
            int end = matchFrom(e.words(), 1, lemmas, i + 1);
            if (end >= 0 && (best == null || end - i > best.length())) {
                best = new Match<>(e.value(), end - i);
            }
        }
        return best;
    }

    private static int matchFrom(String[] words, int w, String[] lemmas, int l) {
        if (w == words.length) {
            return l;
        }
        if (words[w].equals("~")) {
            if (l < lemmas.length) {
                int skip = matchFrom(words, w + 1, lemmas, l + 1);
                if (skip >= 0) {
                    return skip;
                }
            }
            return matchFrom(words, w + 1, lemmas, l);
        }
        return l < lemmas.length && words[w].equals(lemmas[l]) ? matchFrom(words, w + 1, lemmas, l + 1) : -1;
    }
}
