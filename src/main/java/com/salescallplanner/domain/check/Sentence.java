package com.salescallplanner.domain.check;

import java.util.List;

/**
 * One objective as the reader sees it: its tokens with their lemmas, the tokens that belong to dates
 * (which hold no people and no commitment), the tagger's parts of speech of the words the reader does
 * not know, and which capitalised words are names.
 */
final class Sentence {
    final String text;
    final List<Token> t;
    final String[] lemmas;
    final boolean[] covered;
    final PartOfSpeech[] tags;
    private final boolean[] names;

    Sentence(String text, List<Token> tokens, PartOfSpeech[] tags) {
        this.text = text;
        this.t = tokens;
        int n = tokens.size();
        this.lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            lemmas[i] = tokens.get(i).lemma();
        }
        this.covered = new boolean[n];
        this.tags = tags;
        this.names = new boolean[n];
        for (int i = 0; i < n; i++) {
            names[i] = isName(i);
        }
    }

    /** This sentence with its date tokens marked, for a phrasing that leaves dates out. */
    Sentence withDatesFound() {
        DateReader.read(text, t, lemmas, java.time.LocalDate.of(2026, 1, 1), covered);
        return this;
    }

    int size() {
        return t.size();
    }

    Token tok(int i) {
        return t.get(i);
    }

    /** The lower-case (normalised) word at i, or "" outside the sentence. */
    String low(int i) {
        return i >= 0 && i < t.size() ? t.get(i).lower() : "";
    }

    boolean name(int i) {
        return names[i];
    }

    /** The tagger calls the word a verb (its own vocabulary aside). */
    boolean taggedVerb(int i) {
        return tags[i] == PartOfSpeech.VERB;
    }

    /**
     * A capitalised word the reader does not know is a name. "Brochure sent to ..." makes one too; the
     * passive reading keeps it from being an owner.
     */
    private boolean isName(int i) {
        return WordClasses.isName(t.get(i));
    }
}
