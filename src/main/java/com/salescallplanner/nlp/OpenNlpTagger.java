package com.salescallplanner.nlp;

import com.salescallplanner.domain.check.PartOfSpeech;
import com.salescallplanner.domain.check.WordTagger;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The objective reader's part-of-speech tagger: Apache OpenNLP's maximum-entropy tagger with the Universal
 * Dependencies English (EWT) model shipped in the {@code opennlp-models-pos-en} jar, so nothing is
 * downloaded. Loading takes about a second, so it happens off the JavaFX thread ({@link TaggerLoader});
 * a call then costs a fraction of a millisecond. The last sentences are remembered, because the window
 * re-reads an unchanged objective on every keystroke in the other one.
 */
public final class OpenNlpTagger implements WordTagger {
    /** The model file at the root of the opennlp-models-pos-en jar. */
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int REMEMBERED = 64;

    private final POSModel model;
    /** POSTaggerME keeps state between calls, so each thread gets its own over the shared model. */
    private final ThreadLocal<POSTaggerME> taggers;
    private final Map<List<String>, PartOfSpeech[]> recent = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, PartOfSpeech[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    OpenNlpTagger(POSModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(this.model));
    }

    /** Loads the model from the class path; slow (about a second), so never on the JavaFX thread. */
    public static OpenNlpTagger load() throws IOException {
        try (InputStream in = OpenNlpTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException("The part-of-speech model " + MODEL + " is not on the class path.");
            }
            return new OpenNlpTagger(new POSModel(in));
        }
    }

    @Override
    public PartOfSpeech[] tag(String[] words) {
        if (words.length == 0) {
            return new PartOfSpeech[0];
        }
        List<String> key = List.of(words);
        synchronized (recent) {
            PartOfSpeech[] known = recent.get(key);
            if (known != null) {
                return known.clone();
            }
        }
        String[] tags = taggers.get().tag(words);
        PartOfSpeech[] out = new PartOfSpeech[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = i < tags.length ? UniversalTags.of(tags[i]) : PartOfSpeech.UNKNOWN;
        }
        synchronized (recent) {
            recent.put(key, out.clone());
        }
        return out;
    }

    @Override
    public String toString() {
        return "OpenNlpTagger" + Arrays.toString(new String[] {MODEL});
    }
}
