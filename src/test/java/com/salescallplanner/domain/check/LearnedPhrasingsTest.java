package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.LearnedPhrasings.Correction;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rep corrects a reading once; the reader reads the same phrasing that way from then on. */
class LearnedPhrasingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    private static final String MISREAD = "Dana retools line 3 for our sensors by Friday";

    private Reading read(LearnedPhrasings learned, String text) {
        return new ObjectiveReader(CommitmentLadder.defaults(), WordTagger.NONE, learned).read(text, TODAY);
    }

    @Test
    void phrasing_sameWordsWithOtherDatesNamesCaseAndArticles_isTheSame() {
        String a = LearnedPhrasings.phrasing("Dana retools line 3 for our sensors by Friday");
        assertThat(a).isEqualTo(LearnedPhrasings.phrasing("Marco retools line 3 for our sensors next week"));
        assertThat(a).isEqualTo(LearnedPhrasings.phrasing("Dana retooled the line 3 for our sensors on the 14th."));
        assertThat(a).isNotEqualTo(LearnedPhrasings.phrasing("Dana retools line 3 for their sensors by Friday"));
        assertThat(a).contains("<name>").doesNotContain("friday").doesNotContain("dana");
    }

    @Test
    void learn_kindAndOwner_appliesToTheSamePhrasingNextTime() {
        Reading before = read(LearnedPhrasings.NONE, MISREAD);
        assertThat(before.advance()).isFalse();
        assertThat(before.understanding().sure()).isFalse();

        LearnedPhrasings learned = LearnedPhrasings.NONE.learn(MISREAD, new Correction(CommitmentKind.EVALUATE, null, true));
        Reading again = read(learned, "Marco retools line 3 for our sensors next week");
        assertThat(again.advance()).isTrue();
        assertThat(again.kind()).isEqualTo(CommitmentKind.EVALUATE);
        assertThat(again.understanding().learned()).isTrue();
        assertThat(again.understanding().sure()).isTrue();
        assertThat(again.due().date()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void learn_notABuyerCommitment_turnsAnAdvanceOff() {
        String text = "the plant manager runs our scheduler on two lines next month";
        assertThat(read(LearnedPhrasings.NONE, text).advance()).isTrue();
        LearnedPhrasings learned = LearnedPhrasings.NONE.learn(text, new Correction(null, null, false));
        Reading r = read(learned, "The plant manager runs our scheduler on two lines in May");
        assertThat(r.advance()).isFalse();
        assertThat(r.kind()).isEqualTo(CommitmentKind.NONE);
        assertThat(r.owner()).isNull();
    }

    @Test
    void learn_owner_appliesOnlyWhereTheTextNamesIt() {
        String text = "Kofi at Acme runs our scheduler on two lines next month";
        LearnedPhrasings learned = LearnedPhrasings.NONE.learn(text, new Correction(null, "Kofi at Acme", null));
        assertThat(read(learned, text).owner()).isEqualTo("Kofi at Acme");
        assertThat(read(learned, "Ines at Acme runs our scheduler on two lines next month").owner()).isEqualTo("Ines");
    }

    @Test
    void learn_buyerCommitsWithoutAKind_keepsAskingWhichCommitment() {
        LearnedPhrasings learned = LearnedPhrasings.NONE.learn(MISREAD, new Correction(null, null, true));
        Reading r = read(learned, MISREAD);
        assertThat(r.advance()).isFalse();
        assertThat(r.understanding().doubt()).contains("which commitment");
    }

    @Test
    void forget_aPhrasing_readsItAsBefore() {
        LearnedPhrasings learned = LearnedPhrasings.NONE.learn(MISREAD, new Correction(CommitmentKind.EVALUATE, null, null));
        String key = LearnedPhrasings.phrasing(MISREAD);
        assertThat(learned.entries()).containsOnlyKeys(key);
        LearnedPhrasings forgotten = learned.forget(key);
        assertThat(forgotten.isEmpty()).isTrue();
        assertThat(read(forgotten, MISREAD).advance()).isFalse();
        assertThat(learned.forget("no such phrasing")).isSameAs(learned);
    }

    @Test
    void of_storedEntries_rebuildsAnEqualValue() {
        LearnedPhrasings learned = LearnedPhrasings.NONE
                .learn(MISREAD, new Correction(CommitmentKind.EVALUATE, "Dana", true))
                .learn("Pilot still running", new Correction(null, null, false));
        assertThat(LearnedPhrasings.of(learned.entries())).isEqualTo(learned);
        assertThat(learned.entries().keySet()).hasSize(2);
    }

    @Test
    void correction_contradictoryOrEmpty_isRefusedWithAMessage() {
        assertThatThrownBy(() -> new Correction(null, null, null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("must correct");
        assertThatThrownBy(() -> new Correction(CommitmentKind.SIGN, null, false)).isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot say");
        assertThatThrownBy(() -> LearnedPhrasings.NONE.learn("  ", new Correction(null, null, false)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void checker_withLearned_asksNoMoreAboutTheCorrectedPhrasing() {
        ObjectiveChecker checker = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults());
        Objective stretch = Objective.of(Level.STRETCH, MISREAD);
        Objective conservative = Objective.of(Level.CONSERVATIVE, "Dana sends us the line 3 volumes by Friday");
        CheckResult before = checker.check(StageModel.EVALUATION, stretch, conservative, false, TODAY);
        assertThat(before.has(Rule.UNSURE_READING, Target.STRETCH)).isTrue();
        assertThat(before.has(Rule.NOT_AN_ADVANCE, Target.STRETCH)).isFalse();

        ObjectiveChecker taught = checker.withLearned(LearnedPhrasings.of(Map.of(LearnedPhrasings.phrasing(MISREAD),
                new Correction(CommitmentKind.EVALUATE, null, true))));
        CheckResult after = taught.check(StageModel.EVALUATION, stretch, conservative, false, TODAY);
        assertThat(after.has(Rule.UNSURE_READING, Target.STRETCH)).isFalse();
        assertThat(after.reading(Level.STRETCH).kind()).isEqualTo(CommitmentKind.EVALUATE);
        assertThat(after.reading(Level.STRETCH).understanding().learned()).isTrue();
    }
}
