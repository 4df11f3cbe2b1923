package com.salescallplanner.domain.check;

import java.util.Arrays;

/**
 * What the reader asks of a part-of-speech tagger: one tag per word of a sentence. The reader decides
 * with its own vocabulary first and asks the tagger only about words it does not know ("trials",
 * "patches", "Brochure" at the start of a note), so a tagger improves the reading of new text without
 * overruling what the reader knows. Implementations must be thread-safe and must not do I/O per call.
 */
@FunctionalInterface
public interface WordTagger {
    /** A tagger with no opinion: the reader's own rules decide everything. */
    WordTagger NONE = words -> {
        PartOfSpeech[] tags = new PartOfSpeech[words.length];
        Arrays.fill(tags, PartOfSpeech.UNKNOWN);
        return tags;
    };

    /** The tags of {@code words} (as typed, in order); an array of the same length, UNKNOWN where unsure. */
    PartOfSpeech[] tag(String[] words);
}
