package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.AgreementTable.Figures;
import com.salescallplanner.domain.check.AgreementTable.Row;
import com.salescallplanner.nlp.OpenNlpTagger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agreement with the trainer's tune table (tune-objectives.csv, 250 rows written without reading the
 * reader), field by field, in total and in the two halves the reader was developed and checked on (odd
 * rows first, even rows checked before they were read; docs/checker.md has the history), for the rules
 * alone and with the OpenNLP tagger the app wires in. The earlier tables guard against regressions.
 * Summaries and every miss go to target/checker-agreement-*.txt.
 */
class TuneTableTest {
    private static final Logger LOG = LoggerFactory.getLogger(TuneTableTest.class);
    private static List<Row> tune;
    private static ObjectiveChecker withModel;

    @BeforeAll
    static void load() throws IOException {
        tune = AgreementTable.load("tune-objectives.csv");
        withModel = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults(), OpenNlpTagger.load(),
                LearnedPhrasings.NONE);
    }

    @Test
    void tuneTable_rulesAlone_agreeFieldByField() throws IOException {
        Figures all = measure("tune-objectives.csv", tune, AgreementTable.defaultChecker());
        assertAtLeast(all, 249, 250, 141, 249, 250, 133, 250);
        assertThat(all.stageFitRows()).isEqualTo(142);
        assertThat(all.ownerTextRows()).isEqualTo(133);
    }

    @Test
    void tuneTable_bothHalves_agreeFieldByField() throws IOException {
        List<Row> odd = new ArrayList<>();
        List<Row> even = new ArrayList<>();
        for (int i = 0; i < tune.size(); i++) {
            (i % 2 == 0 ? odd : even).add(tune.get(i));
        }
        assertAtLeast(measure("tune-odd.csv", odd, AgreementTable.defaultChecker()), 125, 125, 72, 125, 125, 67, 125);
        assertAtLeast(measure("tune-even.csv", even, AgreementTable.defaultChecker()), 124, 125, 69, 124, 125, 66, 125);
    }

    @Test
    void tuneTable_withTheTaggerModel_agreesAsWellAsTheRules() throws IOException {
        Figures all = measure("tune-objectives-model.csv", tune, withModel);
        assertAtLeast(all, 249, 250, 141, 249, 250, 133, 250);
    }

    /**
     * The earlier tables: never below 134/135, 43/43 and 41/42 on every field together, with or without the model.
     * labelled-objectives.csv gives "They agree to meet us ..." an owner; the trainer's tables (tune-2) give a
     * pronoun subject none, and the reader follows the trainer (round two, docs/checker.md), so that row differs.
     */
    @Test
    void earlierTables_stayAtOrAboveTheirFigures() throws IOException {
        for (ObjectiveChecker checker : List.of(AgreementTable.defaultChecker(), withModel)) {
            assertThat(measure("labelled-objectives.csv", AgreementTable.load("labelled-objectives.csv"), checker).all())
                    .isGreaterThanOrEqualTo(134);
            assertThat(measure("held-out-objectives.csv", AgreementTable.load("held-out-objectives.csv"), checker).all())
                    .isGreaterThanOrEqualTo(43);
            assertThat(measure("held-out-2-objectives.csv", AgreementTable.load("held-out-2-objectives.csv"), checker)
                    .all()).isGreaterThanOrEqualTo(41);
        }
    }

    /**
     * Round two (issue 12): the tune-2 table (279 rows, written by a second trainer who read neither the code nor the
     * earlier tables), as the app reads it. Floors are the figures after round two (docs/checker.md); misses go to
     * target/checker-agreement-tune-2-objectives.txt.
     */
    @Test
    void tune2Table_withTheTaggerModel_staysAtOrAboveRoundTwo() throws IOException {
        Figures all = measure("tune-2-objectives.csv", AgreementTable.load("tune-2-objectives.csv"), withModel);
        assertThat(all.rows()).isEqualTo(279);
        assertAtLeast(all, 268, 274, 154, 269, 278, 153, 278);
    }

    /** aims-low fires on at most one good Evaluation stretch of tune-2 (advances labelled evaluate or higher; issue 12 item 8). */
    @Test
    void aimsLow_goodEvaluationStretchesOfTune2_doesNotFire() throws IOException {
        CommitmentLadder ladder = CommitmentLadder.defaults();
        int good = 0;
        int fired = 0;
        for (Row row : AgreementTable.load("tune-2-objectives.csv")) {
            if (!row.stage().equals("Evaluation") || !row.advance()
                    || ladder.rank(row.kind()) < ladder.rank(CommitmentKind.EVALUATE)) {
                continue;
            }
            good++;
            CheckResult r = withModel.check(StageModel.EVALUATION, Objective.of(Level.STRETCH, row.text()),
                    Objective.of(Level.CONSERVATIVE, row.text()), false, AgreementTable.TODAY);
            fired += r.has(Rule.AIMS_LOW, Target.STRETCH) ? 1 : 0;
        }
        LOG.info("aims-low on {} good Evaluation stretches of tune-2: {}", good, fired);
        assertThat(good).isGreaterThanOrEqualTo(20);
        assertThat(fired).as("one stretch still read at a kind below Evaluation (docs/checker.md)").isLessThanOrEqualTo(1);
    }

    /**
     * aims-low fires on a good Evaluation stretch only for a kind below the stage's own; on the tune table's
     * Evaluation advances whose labelled kind is an evaluation or more, it never fires.
     */
    @Test
    void aimsLow_goodEvaluationStretches_doesNotFire() {
        ObjectiveChecker checker = AgreementTable.defaultChecker();
        CommitmentLadder ladder = CommitmentLadder.defaults();
        int good = 0;
        int fired = 0;
        for (Row row : tune) {
            if (!row.stage().equals("Evaluation") || !row.advance()
                    || ladder.rank(row.kind()) < ladder.rank(CommitmentKind.EVALUATE)) {
                continue;
            }
            good++;
            CheckResult r = checker.check(StageModel.EVALUATION, Objective.of(Level.STRETCH, row.text()),
                    Objective.of(Level.CONSERVATIVE, row.text()), false, AgreementTable.TODAY);
            fired += r.has(Rule.AIMS_LOW, Target.STRETCH) ? 1 : 0;
        }
        LOG.info("aims-low on {} good Evaluation stretches of the tune table: {}", good, fired);
        assertThat(good).isGreaterThanOrEqualTo(20);
        assertThat(fired).isZero();
    }

    private static Figures measure(String name, List<Row> rows, ObjectiveChecker checker) throws IOException {
        Figures f = AgreementTable.measure(name, rows, checker);
        LOG.info("{}", AgreementTable.write(f));
        return f;
    }

    private static void assertAtLeast(Figures f, int all, int advance, int stageFit, int kind, int owner, int ownerWords,
                                      int date) {
        assertThat(f.all()).as(f.summary()).isGreaterThanOrEqualTo(all);
        assertThat(f.advance()).as(f.summary()).isGreaterThanOrEqualTo(advance);
        assertThat(f.stageFit()).as(f.summary()).isGreaterThanOrEqualTo(stageFit);
        assertThat(f.kind()).as(f.summary()).isGreaterThanOrEqualTo(kind);
        assertThat(f.owner()).as(f.summary()).isGreaterThanOrEqualTo(owner);
        assertThat(f.ownerText()).as(f.summary()).isGreaterThanOrEqualTo(ownerWords);
        assertThat(f.date()).as(f.summary()).isGreaterThanOrEqualTo(date);
    }
}
