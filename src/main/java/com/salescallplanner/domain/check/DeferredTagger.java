package com.salescallplanner.domain.check;

import java.util.Objects;

/**
 * A tagger that is {@link WordTagger#NONE} until a real one is handed over, e.g. once a model has
 * loaded on a background thread. Readers built with it work from the first keystroke and read better
 * from the moment the model is there, without being rebuilt.
 */
public final class DeferredTagger implements WordTagger {
    private volatile WordTagger delegate = WordTagger.NONE;

    /** Starts using {@code tagger} for every later reading. */
    public void use(WordTagger tagger) {
        delegate = Objects.requireNonNull(tagger, "tagger");
    }

    /** True once a tagger has been handed over. */
    public boolean ready() {
        return delegate != WordTagger.NONE;
    }

    @Override
    public PartOfSpeech[] tag(String[] words) {
        return delegate.tag(words);
    }
}
