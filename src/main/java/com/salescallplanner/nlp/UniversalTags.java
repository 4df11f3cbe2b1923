package com.salescallplanner.nlp;

import com.salescallplanner.domain.check.PartOfSpeech;

/** Universal Dependencies part-of-speech tags ("NOUN", "PROPN", "AUX+PART" for "won't") as the reader's {@link PartOfSpeech}. */
final class UniversalTags {
    private UniversalTags() {
    }

    static PartOfSpeech of(String tag) {
        if (tag == null) {
            return PartOfSpeech.UNKNOWN;
        }
        int plus = tag.indexOf('+');
        String first = plus > 0 ? tag.substring(0, plus) : tag;
        return switch (first) {
            case "NOUN" -> PartOfSpeech.NOUN;
            case "PROPN" -> PartOfSpeech.PROPER_NOUN;
            case "VERB" -> PartOfSpeech.VERB;
            case "AUX" -> PartOfSpeech.AUXILIARY;
            case "ADJ" -> PartOfSpeech.ADJECTIVE;
            case "ADV" -> PartOfSpeech.ADVERB;
            case "ADP" -> PartOfSpeech.ADPOSITION;
            case "DET" -> PartOfSpeech.DETERMINER;
            case "PRON" -> PartOfSpeech.PRONOUN;
            case "NUM" -> PartOfSpeech.NUMBER;
            case "PART" -> PartOfSpeech.PARTICLE;
            case "CCONJ", "SCONJ" -> PartOfSpeech.CONJUNCTION;
            case "PUNCT" -> PartOfSpeech.PUNCTUATION;
            case "SYM", "X", "INTJ" -> PartOfSpeech.OTHER;
            default -> PartOfSpeech.UNKNOWN;
        };
    }
}
