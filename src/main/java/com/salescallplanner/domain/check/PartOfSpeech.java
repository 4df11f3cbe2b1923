package com.salescallplanner.domain.check;

/** Coarse parts of speech, as a tagger behind {@link WordTagger} reports them (Universal Dependencies' set). */
public enum PartOfSpeech {
    NOUN, PROPER_NOUN, VERB, AUXILIARY, ADJECTIVE, ADVERB, ADPOSITION, DETERMINER, PRONOUN, NUMBER, PARTICLE,
    CONJUNCTION, PUNCTUATION, OTHER,
    /** The tagger has no opinion (the reader's own rules decide). */
    UNKNOWN
}
