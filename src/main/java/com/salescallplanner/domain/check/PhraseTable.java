package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyword phrases keyed by their first word, matched on lemmas; the longest phrase at a position wins.
 * A "~" in a phrase stands for at most one word of any kind ("confirm ~ budget" matches "confirm budget"
 * and "confirm final budget"). In a table built as hyphenated, a two-word phrase also matches its
 * hyphenated form ("deep dive" and "deep-dive"). Matching costs a hash look-up per word, which keeps re-checking cheap.
 */
final class PhraseTable<T> {
    private record Entry<T>(String[] words, T value) {
    }

    /** A match: the value and how many words it spans. */
    record Match<T>(T value, int length) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private final boolean hyphenated;

    PhraseTable() {
        this(false);
    }

    /** @param hyphenated two-word phrases also match their hyphenated form ("deep dive", "deep-dive") */
    PhraseTable(boolean hyphenated) {
        this.hyphenated = hyphenated;
    }

    /** Adds a phrase; its words are lemmatised like the text, so "figures" and "figure" are the same. */
    PhraseTable<T> add(T value, String... phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].equals("~")) {
                    words[i] = WordClasses.lemma(Shorthand.expand(words[i]));
                }
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(new Entry<>(words, value));
            if (hyphenated && words.length == 2 && !phrase.contains("~")) {
                String joined = WordClasses.lemma(words[0] + "-" + phrase.split(" ")[1]);
                byFirst.computeIfAbsent(joined, k -> new ArrayList<>(2)).add(new Entry<>(new String[] {joined}, value));
            }
        }
        return this;
    }

    boolean startsPhrase(String lemma) {
        return byFirst.containsKey(lemma);
    }

    /** The longest phrase starting at {@code i}, or null. */
    Match<T> match(String[] lemmas, int i) {
        return match(lemmas, i, lemmas.length);
    }

    /** The longest phrase starting at {@code i} and ending before {@code n}, or null. */
    Match<T> match(String[] lemmas, int i, int n) {
        List<Entry<T>> candidates = byFirst.get(lemmas[i]);
        if (candidates == null) {
            return null;
        }
        Match<T> best = null;
        for (Entry<T> e : candidates) {
            int end = matchFrom(e.words(), 1, lemmas, i + 1, n);
            if (end >= 0 && (best == null || end - i > best.length())) {
                best = new Match<>(e.value(), end - i);
            }
        }
        return best;
    }

    private static int matchFrom(String[] words, int w, String[] lemmas, int l, int n) {
        if (w == words.length) {
            return l;
        }
        if (words[w].equals("~")) {
            if (l < n) {
                int skip = matchFrom(words, w + 1, lemmas, l + 1, n);
                if (skip >= 0) {
                    return skip;
                }
            }
            return matchFrom(words, w + 1, lemmas, l, n);
        }
        return l < n && words[w].equals(lemmas[l]) ? matchFrom(words, w + 1, lemmas, l + 1, n) : -1;
    }
}
