package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.AgreementTable.Figures;
import com.salescallplanner.nlp.OpenNlpTagger;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fifth held-out table (held-out-5-objectives.csv, 240 rows, written by a helper who read only the
 * design's domain reference), never tuned on: it was kept out of the repository until round two of the
 * reader was finished, and its first run after that is the honest estimate in docs/checker.md. It now
 * guards that first run: the reader may not fall below it on any field. Summaries and misses go to
 * target/checker-agreement-held-out-5*.txt.
 */
class HeldOut5TableTest {
    private static final Logger LOG = LoggerFactory.getLogger(HeldOut5TableTest.class);

    @Test
    void heldOut5_asTheAppReadsIt_staysAtOrAboveItsFirstRun() throws IOException {
        ObjectiveChecker withModel = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults(),
                OpenNlpTagger.load(), LearnedPhrasings.NONE);
        Figures f = AgreementTable.measure("held-out-5-objectives.csv",
                AgreementTable.load("held-out-5-objectives.csv"), withModel);
        LOG.info("{}", AgreementTable.write(f));
        assertThat(f.rows()).isEqualTo(240);
        // The first run after round two (2026-12-06, docs/checker.md): the reader may not fall below it.
        assertThat(f.all()).as(f.summary()).isGreaterThanOrEqualTo(218);
        assertThat(f.advance()).as(f.summary()).isGreaterThanOrEqualTo(234);
        assertThat(f.stageFit()).as(f.summary()).isGreaterThanOrEqualTo(135);
        assertThat(f.kind()).as(f.summary()).isGreaterThanOrEqualTo(224);
        assertThat(f.owner()).as(f.summary()).isGreaterThanOrEqualTo(236);
        assertThat(f.ownerText()).as(f.summary()).isGreaterThanOrEqualTo(127);
        assertThat(f.date()).as(f.summary()).isGreaterThanOrEqualTo(232);
    }
}
