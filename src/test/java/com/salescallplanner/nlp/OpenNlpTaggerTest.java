package com.salescallplanner.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.check.DeferredTagger;
import com.salescallplanner.domain.check.PartOfSpeech;
import com.salescallplanner.domain.check.WordTagger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenNLP tagger behind the reader's WordTagger port, and its loading off the calling thread. */
class OpenNlpTaggerTest {
    private static final String[] NOTE = {"the", "QA", "team", "to", "vet", "our", "samples", "by", "Friday"};
    private static OpenNlpTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        tagger = OpenNlpTagger.load();
    }

    @Test
    void tag_repsNote_tagsTheUnknownVerbAndTheNouns() {
        PartOfSpeech[] tags = tagger.tag(NOTE);
        assertThat(tags).hasSize(NOTE.length);
        assertThat(tags[4]).isEqualTo(PartOfSpeech.VERB);
        assertThat(tags[6]).isEqualTo(PartOfSpeech.NOUN);
        assertThat(tags[0]).isEqualTo(PartOfSpeech.DETERMINER);
    }

    @Test
    void tag_sameSentenceAgain_givesTheSameTagsAndACopyTheCallerMayChange() {
        PartOfSpeech[] first = tagger.tag(NOTE);
        first[4] = PartOfSpeech.OTHER;
        assertThat(tagger.tag(NOTE)[4]).isEqualTo(PartOfSpeech.VERB);
        assertThat(tagger.tag(new String[0])).isEmpty();
    }

    @Test
    void tag_fromSeveralThreadsAtOnce_givesEveryThreadTheSameTags() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PartOfSpeech[]>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String[] words = {"Anna", "sends", "the", "figures", "number", String.valueOf(i)};
                results.add(pool.submit(() -> tagger.tag(words)));
            }
            for (Future<PartOfSpeech[]> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)[1]).isEqualTo(PartOfSpeech.VERB);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void universalTags_compoundAndUnknownTags_mapToTheReadersParts() {
        assertThat(UniversalTags.of("AUX+PART")).isEqualTo(PartOfSpeech.AUXILIARY);
        assertThat(UniversalTags.of("PROPN")).isEqualTo(PartOfSpeech.PROPER_NOUN);
        assertThat(UniversalTags.of("SCONJ")).isEqualTo(PartOfSpeech.CONJUNCTION);
        assertThat(UniversalTags.of("???")).isEqualTo(PartOfSpeech.UNKNOWN);
        assertThat(UniversalTags.of(null)).isEqualTo(PartOfSpeech.UNKNOWN);
    }

    @Test
    void startLoading_readsWithTheRulesUntilTheModelArrives_thenWithIt() throws Exception {
        DeferredTagger deferred = new DeferredTagger();
        assertThat(deferred.ready()).isFalse();
        assertThat(deferred.tag(NOTE)).containsOnly(PartOfSpeech.UNKNOWN);
        Thread caller = Thread.currentThread();
        var loaded = TaggerLoader.startLoading(deferred);
        assertThat(loaded.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(deferred.ready()).isTrue();
        assertThat(deferred.tag(NOTE)[4]).isEqualTo(PartOfSpeech.VERB);
        assertThat(Thread.currentThread()).isSameAs(caller);
    }

    @Test
    void none_hasNoOpinionOnAnyWord() {
        assertThat(WordTagger.NONE.tag(NOTE)).containsOnly(PartOfSpeech.UNKNOWN);
    }
}
