package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a misspelt word as the word the reader knows: "tommorow" as "tomorrow", "procurment" as
 * "procurement", "recieves" as "receives". Only lower-case words the reader does not know are corrected
 * (capitalised words are more often names), only towards the reader's own vocabulary, and only when the
 * first letter matches and one edit (two for words of eight letters or more) gets there, so that an
 * unknown ordinary word ("coolant", "depots", "quality") is left alone.
 */
final class Spelling {
    /** Corrections already worked out: reps retype the same words on every keystroke. Cleared when full. */
    private static final Map<String, String> CORRECTED = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 4096;

    private Spelling() {
    }

    /** Built on first use, after the word tables it reads are loaded. */
    private static final class Vocabulary {
        static final Set<String> WORDS = new HashSet<>(4096);
        /** Each correctable word under itself and under every form with one letter left out. */
        static final Map<String, List<String>> BY_DELETION = new HashMap<>(32768);

        static {
            WORDS.addAll(Verbs.forms());
            WORDS.addAll(KindCues.cueWords());
            WORDS.addAll(WordClasses.vocabulary());
            WORDS.addAll(DateWords.vocabulary());
            WORDS.addAll(Shorthand.words());
            for (String w : new TreeSet<>(WORDS)) {
                if (w.length() >= 5 && w.chars().allMatch(Character::isLetter)) {
                    index(w, w);
                    for (int i = 0; i < w.length(); i++) {
                        index(w.substring(0, i) + w.substring(i + 1), w);
                    }
                }
            }
        }

        private static void index(String key, String word) {
            List<String> words = BY_DELETION.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!words.contains(word)) {
                words.add(word);
            }
        }
    }

    static boolean known(String lower) {
        return Vocabulary.WORDS.contains(lower);
    }

    /** The known word {@code lower} is a misspelling of, or {@code lower} itself. */
    static String correct(String lower) {
        if (lower.length() < 5 || Vocabulary.WORDS.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
            return lower;
        }
        String done = CORRECTED.get(lower);
        if (done != null) {
            return done;
        }
        String best = inflectionOfKnown(lower) ? lower : search(lower);
        if (CORRECTED.size() >= REMEMBERED) {
            CORRECTED.clear();
        }
        CORRECTED.put(lower, best);
        return best;
    }

    /**
     * The nearest known word within the allowed edits. Candidates share a form with the word when up to two
     * letters are left out of the word and up to one out of the candidate (a deletion index, as SymSpell
     * does); the edit distance then decides, the first found winning a tie.
     */
    private static String search(String lower) {
        int n = lower.length();
        int allowed = n >= 8 ? 2 : 1;
        String suffix = derivation(lower);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lower);
        for (int i = 0; i < n; i++) {
            String d = lower.substring(0, i) + lower.substring(i + 1);
            forms.add(d);
            if (allowed == 2) {
                for (int j = i; j < d.length(); j++) {
                    forms.add(d.substring(0, j) + d.substring(j + 1));
                }
            }
        }
        String best = lower;
        int bestDistance = allowed + 1;
        for (String f : forms) {
            List<String> candidates = Vocabulary.BY_DELETION.get(f);
            if (candidates == null) {
                continue;
            }
            for (String c : candidates) {
                if (c.charAt(0) != lower.charAt(0) || Math.abs(c.length() - n) > allowed || !c.endsWith(suffix)) {
                    continue;
                }
                int d = distance(lower, c, bestDistance);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private static final String[] DERIVATIONS = {"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship",
        "ism", "ist", "able", "ible", "ful", "less", "ous", "ive", "al", "ry", "er", "or"};

    /** The word's derivational ending ("connection": "tion"): a correction must keep it, so a word is not turned into its root. */
    private static String derivation(String w) {
        for (String d : DERIVATIONS) {
            if (w.endsWith(d)) {
                return d;
            }
        }
        return "";
    }

    /** "customers", "allocated", "signing": a regular form of a known word is no misspelling. */
    private static boolean inflectionOfKnown(String w) {
        for (String suffix : new String[] {"s", "es", "ed", "d", "ing", "ly", "er", "ers"}) {
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (Vocabulary.WORDS.contains(stem) || Vocabulary.WORDS.contains(stem + "e")
                        || Vocabulary.WORDS.contains(WordClasses.lemma(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Letters left out, added or swapped (optimal string alignment, a substitution counting as two edits), or
     * {@code limit} once it reaches that. Substitutions cost more because they turn real words into other real
     * words ("quality" is not a misspelt "qualify"), while typing slips mostly drop, double or swap letters.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit);
    }
}
