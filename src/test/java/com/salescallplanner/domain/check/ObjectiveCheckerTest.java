package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.StageModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the checker on both sides of its boundary. */
class ObjectiveCheckerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    static final String GOOD_STRETCH = "Our champion introduces us to the VP of Operations by next week";
    static final String GOOD_CONSERVATIVE = "The IT lead sends us their current process documentation by Friday";
    private final ObjectiveChecker checker = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults());

    private CheckResult check(StageId stage, String stretch, String conservative) {
        return checker.check(stage, Objective.of(Level.STRETCH, stretch), Objective.of(Level.CONSERVATIVE, conservative),
                false, TODAY);
    }

    @Test
    void check_goodPlanAtDiscovery_hasNoFindingsAndIsReady() {
        CheckResult r = check(DISCOVERY, GOOD_STRETCH, GOOD_CONSERVATIVE);
        assertThat(r.findings()).isEmpty();
        assertThat(r.ready()).isTrue();
    }

    @Test
    void missingStretch_blankStretch_isAnErrorAndNotReady() {
        CheckResult r = check(DISCOVERY, "  ", GOOD_CONSERVATIVE);
        assertThat(r.has(Rule.MISSING_STRETCH, Target.STRETCH)).isTrue();
        assertThat(r.findings(Target.STRETCH)).extracting(Finding::rule).containsExactly(Rule.MISSING_STRETCH);
        assertThat(r.ready()).isFalse();
        assertThat(r.has(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE)).isFalse();
    }

    @Test
    void missingConservative_blankConservative_isAnErrorAndNotReady() {
        CheckResult r = check(DISCOVERY, GOOD_STRETCH, "");
        assertThat(r.has(Rule.MISSING_CONSERVATIVE, Target.CONSERVATIVE)).isTrue();
        assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.MISSING_CONSERVATIVE)
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(r.ready()).isFalse();
    }

    @Test
    void notAnAdvance_sellerActionOnly_makesAConservativeNotReady_butABuyerActionIsNot() {
        CheckResult seller = check(DISCOVERY, GOOD_STRETCH, "Send the CFO our brochure");
        assertThat(seller.has(Rule.NOT_AN_ADVANCE, Target.CONSERVATIVE)).isTrue();
        assertThat(seller.ready()).isFalse(); // the least the buyer must commit to: "no commitment" is not ready
        CheckResult rapport = check(DISCOVERY, GOOD_STRETCH, "build rapport");
        assertThat(rapport.ready()).isFalse();
        assertThat(rapport.findings()).filteredOn(f -> f.rule() == Rule.NOT_AN_ADVANCE).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        CheckResult stretchOnly = check(DISCOVERY, "Send the CFO our brochure", "The CFO sends us the volume figures by Friday");
        assertThat(stretchOnly.has(Rule.NOT_AN_ADVANCE, Target.STRETCH)).isTrue();
        assertThat(stretchOnly.findings()).filteredOn(f -> f.rule() == Rule.NOT_AN_ADVANCE)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        CheckResult buyer = check(DISCOVERY, GOOD_STRETCH, "The CFO sends us the volume figures by Friday");
        assertThat(buyer.has(Rule.NOT_AN_ADVANCE)).isFalse();
    }

    @Test
    void noOwner_advanceWithoutBuyerSidePerson_isAWarning_butANamedOwnerIsNot() {
        assertThat(check(DISCOVERY, GOOD_STRETCH, "Book a call to review their data next Tuesday")
                .has(Rule.NO_OWNER, Target.CONSERVATIVE)).isTrue();
        assertThat(check(DISCOVERY, GOOD_STRETCH, "Book a call with Dana Kim to review their data next Tuesday")
                .has(Rule.NO_OWNER)).isFalse();
    }

    @Test
    void noOwner_ownerSetByTheRep_winsOverTheText() {
        Objective c = Objective.of(Level.CONSERVATIVE, "Book a call to review their data next Tuesday").withOwner("Dana Kim");
        CheckResult r = checker.check(DISCOVERY, Objective.of(Level.STRETCH, GOOD_STRETCH), c, false, TODAY);
        assertThat(r.has(Rule.NO_OWNER)).isFalse();
        assertThat(r.reading(Level.CONSERVATIVE).owner()).isEqualTo("Dana Kim");
    }

    @Test
    void noDate_noDateInText_isAWarning_untilTheRepSetsOne() {
        String undated = "The IT lead sends us their current process documentation";
        assertThat(check(DISCOVERY, GOOD_STRETCH, undated).has(Rule.NO_DATE, Target.CONSERVATIVE)).isTrue();
        assertThat(check(DISCOVERY, GOOD_STRETCH, undated + " at the steering committee").has(Rule.NO_DATE)).isFalse();
        Objective dated = Objective.of(Level.CONSERVATIVE, undated).withDue(LocalDate.of(2026, 3, 2));
        CheckResult r = checker.check(DISCOVERY, Objective.of(Level.STRETCH, GOOD_STRETCH), dated, false, TODAY);
        assertThat(r.has(Rule.NO_DATE)).isFalse();
        assertThat(r.reading(Level.CONSERVATIVE).dueDisplay()).isEqualTo("2026-03-02");
    }

    @ParameterizedTest(name = "conservative {1} at {0}: too far ahead = {2}")
    @CsvSource({
        "discovery, The IT lead sends us the figures by Friday, false",
        "discovery, The CIO commits the integration team to a pilot by Friday, true",
        "prospecting, The CFO agrees to a call next Tuesday, false",
        "prospecting, Their IT lead shares the architecture by Friday, true",
        "negotiation, The CFO signs the agreement by March 31, false",
        "proposal, The CFO signs the agreement by March 31, true",
    })
    void tooFarAhead_conservative_mustFitTheCurrentStage(StageId stage, String text, boolean far) {
        CheckResult r = checker.check(stage, Objective.of(Level.STRETCH, "The CFO signs the agreement by March 31"),
                Objective.of(Level.CONSERVATIVE, text), false, TODAY);
        assertThat(r.has(Rule.TOO_FAR_AHEAD, Target.CONSERVATIVE)).isEqualTo(far);
    }

    @ParameterizedTest(name = "stretch {1} at {0}: too far ahead = {2}")
    @CsvSource({
        "discovery, The CIO commits the integration team to a pilot by Friday, false",
        "discovery, The CFO reviews our proposal with us on Thursday, true",
        "prospecting, Their IT lead shares the architecture by Friday, false",
        "prospecting, The CIO commits the integration team to a pilot by Friday, true",
        "proposal, The CFO signs the agreement by March 31, false",
        "evaluation, The CFO signs the agreement by March 31, true",
    })
    void tooFarAhead_stretch_mayReachOneStageAhead(StageId stage, String text, boolean far) {
        CheckResult r = checker.check(stage, Objective.of(Level.STRETCH, text),
                Objective.of(Level.CONSERVATIVE, "The CFO agrees to a call next Tuesday"), false, TODAY);
        assertThat(r.has(Rule.TOO_FAR_AHEAD, Target.STRETCH)).isEqualTo(far);
    }

    @Test
    void tooFarAhead_finding_namesTheStagesAndSuggestsAFittingExample() {
        Finding f = check(DISCOVERY, GOOD_STRETCH, "The CIO commits the integration team to a pilot by Friday")
                .findings(Target.CONSERVATIVE).get(0);
        assertThat(f.rule()).isEqualTo(Rule.TOO_FAR_AHEAD);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("Evaluation", "Discovery");
        assertThat(CommitmentLadder.defaults().rung(CommitmentKind.SHARE_INFORMATION).examples())
                .anySatisfy(e -> assertThat(f.suggestion()).contains(e));
    }

    @Test
    void tooFarAhead_earliestStageEditedInTheLadder_followsTheLadder() {
        LadderRung evaluate = CommitmentLadder.defaults().rung(CommitmentKind.EVALUATE);
        CommitmentLadder edited = CommitmentLadder.defaults().with(new LadderRung(CommitmentKind.EVALUATE,
                evaluate.rank(), evaluate.label(), evaluate.buyerAction(), DISCOVERY, evaluate.examples()));
        ObjectiveChecker c = new ObjectiveChecker(StageModel.defaults(), edited);
        CheckResult r = c.check(DISCOVERY, Objective.of(Level.STRETCH, GOOD_STRETCH.replace("introduces", "brings")),
                Objective.of(Level.CONSERVATIVE, "The CIO commits the integration team to a pilot by Friday"), false, TODAY);
        assertThat(r.has(Rule.TOO_FAR_AHEAD)).isFalse();
    }

    @Test
    void aimsLow_stretchBelowTheStagesOwnKinds_isInfo_butAStageKindIsNot() {
        CheckResult low = check(DISCOVERY, "The CFO agrees to a call next Tuesday", "The CFO agrees to meet on Friday");
        assertThat(low.findings()).filteredOn(f -> f.rule() == Rule.AIMS_LOW)
                .extracting(Finding::severity, Finding::target).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Severity.INFO, Target.STRETCH));
        assertThat(check(DISCOVERY, GOOD_CONSERVATIVE, "The CFO agrees to meet on Friday").has(Rule.AIMS_LOW)).isFalse();
        assertThat(check(PROSPECTING, "The CFO agrees to a call next Tuesday", "The CFO agrees to meet on Friday")
                .has(Rule.AIMS_LOW)).isFalse();
    }

    @Test
    void stretchNotAboveConservative_equalOrLowerRank_isAWarning_higherIsNot() {
        assertThat(check(DISCOVERY, GOOD_CONSERVATIVE, GOOD_CONSERVATIVE)
                .has(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE, Target.STRETCH)).isTrue();
        assertThat(check(DISCOVERY, GOOD_CONSERVATIVE, GOOD_STRETCH).has(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE)).isTrue();
        assertThat(check(DISCOVERY, GOOD_STRETCH, GOOD_CONSERVATIVE).has(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE)).isFalse();
    }

    @Test
    void stretchNotAboveConservative_kindChosenByTheRep_winsOverTheText() {
        Objective stretch = Objective.of(Level.STRETCH, GOOD_CONSERVATIVE).withKindOverride(CommitmentKind.AGREE_CRITERIA);
        CheckResult r = checker.check(DISCOVERY, stretch, Objective.of(Level.CONSERVATIVE, GOOD_CONSERVATIVE), false, TODAY);
        assertThat(r.has(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE)).isFalse();
        assertThat(r.reading(Level.STRETCH).kind()).isEqualTo(CommitmentKind.AGREE_CRITERIA);
        assertThat(r.reading(Level.STRETCH).kindInferred()).isFalse();
        assertThat(r.reading(Level.CONSERVATIVE).kindInferred()).isTrue();
    }

    @Test
    void closedStage_closedProspect_isAnError_openIsNot() {
        CheckResult closed = check(CLOSED_WON, GOOD_STRETCH, GOOD_CONSERVATIVE);
        assertThat(closed.has(Rule.CLOSED_STAGE, Target.PLAN)).isTrue();
        assertThat(closed.ready()).isFalse();
        assertThat(closed.has(Rule.TOO_FAR_AHEAD)).isFalse();
        assertThat(check(NEGOTIATION, GOOD_STRETCH, GOOD_CONSERVATIVE).has(Rule.CLOSED_STAGE)).isFalse();
    }

    @Test
    void outcomeMissing_previousCallWithoutOutcome_isAWarningOnThePlan() {
        CheckResult missing = checker.check(DISCOVERY, Objective.of(Level.STRETCH, GOOD_STRETCH),
                Objective.of(Level.CONSERVATIVE, GOOD_CONSERVATIVE), true, TODAY);
        assertThat(missing.has(Rule.OUTCOME_MISSING, Target.PLAN)).isTrue();
        assertThat(missing.ready()).isTrue();
        assertThat(check(DISCOVERY, GOOD_STRETCH, GOOD_CONSERVATIVE).has(Rule.OUTCOME_MISSING)).isFalse();
    }

    @Test
    void check_unknownStage_isRejectedNamingTheStage() {
        assertThatThrownBy(() -> check(new StageId("nowhere"), GOOD_STRETCH, GOOD_CONSERVATIVE))
                .isInstanceOf(DomainException.class).hasMessageContaining("nowhere");
    }

    @Test
    void examplesFor_prospecting_onlyMeetingExamples_andStretchReachesOneStageFurther() {
        assertThat(checker.examplesFor(PROSPECTING)).extracting(Example::kind).containsOnly(CommitmentKind.NEXT_MEETING);
        assertThat(checker.examplesFor(DISCOVERY, Level.STRETCH)).extracting(Example::kind)
                .contains(CommitmentKind.EVALUATE, CommitmentKind.MUTUAL_PLAN)
                .doesNotContain(CommitmentKind.PROPOSAL_REVIEW);
        assertThat(checker.examplesFor(CLOSED_LOST)).isEmpty();
    }

    @Test
    void findings_everyFinding_hasAMessageAndASuggestion() {
        CheckResult r = checker.check(CLOSED_LOST, Objective.of(Level.STRETCH, "Send our brochure"),
                Objective.of(Level.CONSERVATIVE, ""), true, TODAY);
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.suggestion()).isNotBlank();
            assertThat(f.severity()).isEqualTo(f.rule().severity());
        });
    }

    @Test
    void rules_ids_areTheStableIdsOfTheDesign() {
        assertThat(Rule.values()).extracting(Rule::id).containsExactly("missing-stretch", "missing-conservative",
                "not-an-advance", "unsure-reading", "no-owner", "no-date", "too-far-ahead", "aims-low", "stretch-not-above-conservative",
                "closed-stage", "outcome-missing", "no-next-step");
    }

    @Test
    void unsureReading_unknownVerbNamingNoCommitment_asksInsteadOfAVerdict() {
        String text = "Their IT team retools the line for our sensors next month";
        CheckResult r = checker.check(StageModel.EVALUATION, Objective.of(Level.STRETCH, text),
                Objective.of(Level.CONSERVATIVE, "The IT lead sends us the line data by Friday"), false, TODAY);
        assertThat(r.has(Rule.UNSURE_READING, Target.STRETCH)).isTrue();
        assertThat(r.has(Rule.NOT_AN_ADVANCE, Target.STRETCH)).isFalse();
        assertThat(r.has(Rule.AIMS_LOW, Target.STRETCH)).isFalse();
        Finding f = r.findings().stream().filter(x -> x.rule() == Rule.UNSURE_READING).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("'retool'", "I read the owner as ?, the action as 'retool'");
        assertThat(r.reading(Level.STRETCH).unsure()).isTrue();
    }

    @Test
    void unsureReading_repChoseTheKind_isNotAskedAgain() {
        Objective chosen = Objective.of(Level.STRETCH, "Their IT team retools the line for our sensors next month")
                .withKindOverride(com.salescallplanner.domain.CommitmentKind.EVALUATE);
        CheckResult r = checker.check(StageModel.EVALUATION, chosen,
                Objective.of(Level.CONSERVATIVE, "The IT lead sends us the line data by Friday"), false, TODAY);
        assertThat(r.has(Rule.UNSURE_READING, Target.STRETCH)).isFalse();
        assertThat(r.reading(Level.STRETCH).unsure()).isFalse();
    }
}
