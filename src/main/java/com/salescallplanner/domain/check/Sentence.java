package com.salescallplanner.domain.check;

import java.util.List;

/**
 * One objective as the reader sees it: its tokens with their lemmas, the tokens that belong to dates
 * (which hold no people and no commitment), the tagger's parts of speech, and which capitalised words
 * are names.
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

    boolean taggedNoun(int i) {
        return tags[i] == PartOfSpeech.NOUN || tags[i] == PartOfSpeech.ADJECTIVE;
    }

    /**
     * A capitalised word the reader does not know is a name, except at the start of a sentence when the
     * tagger calls it a common word and a participle follows ("Brochure sent to ..."); a name followed by a
     * verb in the third person stays one ("Raj signs ...").
     */
    private boolean isName(int i) {
        Token tok = t.get(i);
        if (!Words.isName(tok)) {
            return false;
        }
        boolean first = i == 0 || t.get(i - 1).isPunct() && !t.get(i - 1).lower().equals(",");
        Verb.Found next = i + 1 < t.size() ? Verbs.find(t.get(i + 1).lower()) : null;
        if (next != null && next.form() == Verb.Form.THIRD) {
            return true;
        }
        PartOfSpeech tag = tags[i];
        boolean common = tag == PartOfSpeech.NOUN || tag == PartOfSpeech.VERB || tag == PartOfSpeech.ADJECTIVE;
        return !(first && common && i + 1 < t.size() && Verbs.find(t.get(i + 1).lower()) != null
                && Verbs.find(t.get(i + 1).lower()).form() == Verb.Form.PAST);
    }
}
