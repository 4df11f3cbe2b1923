package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader understands the sentence: negation, questions, reports, hedges, the passive, the rep's
 * imperative notes, owners with several words or in shorthand, and dates as reps type them. The
 * sentences are new wording, not rows of the agreement tables. Today is Monday 16 February 2026.
 */
class SentenceReadingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    private final ObjectiveReader reader = new ObjectiveReader(CommitmentLadder.defaults());

    private Reading read(String text) {
        return reader.read(text, TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "the CFO declines to take part in a pilot this quarter",
        "procurement won't issue the PO until legal is done",
        "no demo for the buying group this month",
        "the COO has declined the pilot",
        "the sponsor hasn't confirmed the date yet",
        "Legal pushes back on the liability cap",
        "the pilot was postponed by their IT team",
        "the CFO is not ready to sign this quarter",
    })
    void negation_refusedOrNegatedAction_isNoCommitment(String text) {
        Reading r = read(text);
        assertThat(r.advance()).isFalse();
        assertThat(r.kind()).isEqualTo(CommitmentKind.NONE);
        assertThat(r.understanding().negated()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "did the plant manager like the trial?",
        "what's the budget for next yr",
        "is the CFO ready to sign?",
        "Has procurement started the vendor onboarding",
    })
    void question_isNoCommitment(String text) {
        Reading r = read(text);
        assertThat(r.advance()).isFalse();
        assertThat(r.understanding().question()).isTrue();
    }

    @Test
    void question_tagAfterAStatement_leavesTheStatement() {
        Reading r = read("The CFO signs the order form by Friday, ok?");
        assertThat(r.advance()).isTrue();
        assertThat(r.kind()).isEqualTo(CommitmentKind.SIGN);
        assertThat(r.understanding().question()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "the COO thinks the pilot went well",
        "the CIO says they're not ready for a pilot",
        "the CMO is happy with the demo",
        "they are still evaluating other vendors",
        "the prospect went quiet after the demo",
        "finance is reviewing the business case internally",
    })
    void report_opinionOrStatusWithABuyerSubject_isNoCommitment(String text) {
        Reading r = read(text);
        assertThat(r.advance()).as(text).isFalse();
        assertThat(r.understanding().reported()).as(text).isTrue();
    }

    @Test
    void report_sayingYesToSomething_acceptsIt() {
        Reading r = read("Helga says yes to a coffee meeting next Tuesday");
        assertThat(r.kind()).isEqualTo(CommitmentKind.NEXT_MEETING);
        assertThat(r.owner()).isEqualTo("Helga");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "quote emailed to purchasing by Thu",
        "Brochure sent to the head of procurement",
        "Deck forwarded to the CIO",
        "SOW updated with the new milestones",
    })
    void passive_sellerActionWithoutAgent_isNoCommitment(String text) {
        Reading r = read(text);
        assertThat(r.advance()).as(text).isFalse();
        assertThat(r.owner()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}")
    @CsvSource(delimiter = '|', value = {
        "contract signed by their COO by Friday | SIGN | COO",
        "proposal reviewed by the steering committee on the 14th | PROPOSAL_REVIEW | steering committee",
        "PO raised by procurement by 30 Nov | SIGN | procurement",
    })
    void passive_buyerAgentAfterBy_isTheOwner(String text, CommitmentKind kind, String owner) {
        Reading r = read(text);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.owner()).isEqualTo(owner);
        assertThat(r.understanding().passive()).isTrue();
        assertThat(r.due()).isNotNull();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "try to get the CIO to commit to a pilot by EOM | EVALUATE | CIO",
        "try for a verbal from the COO that we are the preferred vendor by Friday | START_PROCUREMENT | COO",
        "push for a signature date with the CFO this week | AGREE_TERMS | CFO",
    })
    void hedge_theRepAimingForACommitment_readsAsThatCommitment(String text, CommitmentKind kind, String owner) {
        Reading r = read(text);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.owner()).isEqualTo(owner);
        assertThat(r.understanding().hedged()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "the CFO might join the call next week",
        "the procurement team may start onboarding next month",
    })
    void hedge_buyerMightAct_isNoCommitment(String text) {
        assertThat(read(text).advance()).isFalse();
        assertThat(read(text).understanding().hedged()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "get the IT director at Kestrel Bank to take a 15-min call tommorow | NEXT_MEETING | IT director",
        "ask Dana to send the usage logs by Wed | SHARE_INFORMATION | Dana",
        "have the plant mgr send the throughput numbers by EOW | SHARE_INFORMATION | plant mgr",
        "ask the office manager to point us to whoever runs the fleet | INTRODUCE_STAKEHOLDER | office manager",
    })
    void imperative_causative_thePersonNamedActs(String text, CommitmentKind kind, String owner) {
        Reading r = read(text);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.owner()).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "recap the trial results for them",
        "thank them for their time",
        "Reconfirm they have budget for Q3",
        "Set up the test environment for them by Monday",
        "Map out the stakeholders in their treasury dept",
        "ask the IT lead who owns the budget",
    })
    void imperative_theRepsOwnTask_isNoCommitment(String text) {
        Reading r = read(text);
        assertThat(r.advance()).as(text).isFalse();
        assertThat(r.understanding().actor()).isEqualTo(Understanding.Side.SELLER);
    }

    @Test
    void imperative_noteOfWhatTheBuyerDoesForUs_isTheBuyersCommitmentWithoutOwner() {
        Reading r = read("introduce us to the data protection officer");
        assertThat(r.kind()).isEqualTo(CommitmentKind.INTRODUCE_STAKEHOLDER);
        assertThat(r.owner()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "head of claims agrees to meet us at the expo on 9 Oct | head of claims",
        "the fleet manager sends their fuel card export before Friday | fleet manager",
        "medical affairs lead books a call for tommorow | medical affairs lead",
        "the plant mgr at Ferro Castings accepts a meeting on the 14th | plant mgr",
        "the steering cttee agrees the decision criteria by Friday | steering cttee",
        "VP Ops joins as EB on next Tuesday's call | VP Ops",
        "their GC starts legal review of our MSA nxt wk | GC",
        "the whole leadership team attends the demo on the 4th | leadership team",
        "dean of admissions agrees to a Zoom on the 7th | dean of admissions",
        "Dr Okafor agrees to trial the device on ward 7 from the 3rd | Dr Okafor",
        "their lab tests our sample batch by the 20th | lab",
        "the receptionist refers me to the facilities manager by end of day | receptionist",
    })
    void owner_multiWordRolesAndShorthand_areReadWhole(String text, String owner) {
        assertThat(read(text).owner()).isEqualTo(owner);
    }

    @Test
    void nounPhrase_nounLikeVerbBeforeAKnownNoun_isACompound() {
        Reading r = read("Pilot kickoff w/ plant team Mon 9am");
        assertThat(r.kind()).isEqualTo(CommitmentKind.EVALUATE);
        assertThat(r.owner()).isEqualTo("plant team");
        assertThat(r.due().date()).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void owner_companyAfterWith_isNoPerson() {
        Reading r = read("close the deal with Kestrel Bank by end of Q4");
        assertThat(r.kind()).isEqualTo(CommitmentKind.SIGN);
        assertThat(r.owner()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the CFO agrees to a call next wk | 2026-02-27",
        "the CFO agrees to a call nxt wk | 2026-02-27",
        "the CFO agrees to a call weds | 2026-02-18",
        "the CFO agrees to a call on thu | 2026-02-19",
        "the CFO agrees to a call tommorow | 2026-02-17",
        "the CFO sends the figures by eow | 2026-02-20",
        "the CFO sends the figures by eom | 2026-02-28",
        "the CFO signs by eoq | 2026-03-31",
        "the CFO agrees final terms on Friday's call | 2026-02-20",
        "PO by 28th | 2026-02-28",
        "verbal go-ahead from the VP before Christmas | 2026-12-25",
        "the receptionist refers me to the facilities manager by end of day | 2026-02-16",
        "Signature page emailed to the CEO's assistant by 4pm | 2026-02-16",
        "Kenji agrees to a call on Monday at 9 | 2026-02-23",
    })
    void date_asRepsTypeThem_resolves(String text, LocalDate date) {
        assertThat(read(text).due()).as(text).isNotNull();
        assertThat(read(text).due().date()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "follow up with the plant mgr after the trade show",
        "plant mgr shares the scrap rate figures for Q2",
        "what do they spend on freight audit today?",
        "the ops manager shares the usage export once the pilot wraps up",
    })
    void date_eventOrPeriodThatIsNoDeadline_isNoDate(String text) {
        assertThat(read(text).due()).as(text).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the COO approves full rollout to all 14 depots by 30 June | SIGN",
        "the CIO gives the green light for the full rollout on the 18th | SIGN",
        "close the deal by EOQ | SIGN",
        "Marco moves all ocean freight volume to us starting 1 Feb | SIGN",
        "the plant director switches all three sites to our coolant from Q3 | SIGN",
        "Ingrid kicks off contracting with their legal team this month | START_PROCUREMENT",
        "the COO agrees the go-live date by EOM | AGREE_TERMS",
        "procurement sets us up as a supplier in Coupa this week | START_PROCUREMENT",
    })
    void kind_buyingCommitmentsWithoutSignOrPo_areRead(String text, CommitmentKind kind) {
        assertThat(read(text).kind()).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the CIO shares their vendor list by Friday | SHARE_INFORMATION",
        "the CIO shares their vendor selection process by Monday | SHARE_INFORMATION",
        "head of risk agrees the scoring matrix for the vendor shortlist by Weds | AGREE_CRITERIA",
        "discovery workshop with the ops team next Thursday | NEXT_MEETING",
        "the champion refers us to the head of IT by Friday | INTRODUCE_STAKEHOLDER",
        "gatekeeper passes us to the procurement manager today | INTRODUCE_STAKEHOLDER",
        "the ops manager shares the trial usage export by Friday | SHARE_INFORMATION",
        "the steering cttee agrees the pilot success criteria by the 3rd | AGREE_CRITERIA",
        "Aisha agrees to a pilot check-in call on Friday at 2 | NEXT_MEETING",
        "mgr at the Leeds depot confirms the trial start date by Friday | EVALUATE",
        "security team signs off on the pen test report by the 9th | START_PROCUREMENT",
    })
    void kind_keywordCollisionsAndCompounds_readByTheirHead(String text, CommitmentKind kind) {
        assertThat(read(text).kind()).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the plant manager runs our scheduler on two lines next month | EVALUATE",
        "their night-shift dispatchers use our app on live routes from the 8th | EVALUATE",
        "she lets us sit in on the night shift next Tuesday | EVALUATE",
        "the plant engineers calibrate our gauges on line 4 by Friday | EVALUATE",
    })
    void kind_buyerWorkingWithOurProduct_isAnEvaluation(String text, CommitmentKind kind) {
        assertThat(read(text).kind()).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "our engineer patches the issues they raised",
        "our CFO approves the discount",
        "the AE sends the proposal on Friday",
        "our AE and SE run the workshop on Weds",
    })
    void actor_sellerSideSubject_isNoCommitment(String text) {
        Reading r = read(text);
        assertThat(r.advance()).isFalse();
        assertThat(r.understanding().actor()).isEqualTo(Understanding.Side.SELLER);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Sofia sends the requirements doc by Friday | send",
        "Sofia emails the requirements doc by Friday | send",
        "Sofia forwarded the requirements doc by Friday | send",
        "the CFO resends the figures by Friday | send",
        "the CFO reconfirms the budget by Friday | confirm",
    })
    void action_inflectionsAndSynonyms_readAsOneAction(String text, String action) {
        assertThat(read(text).understanding().action()).isEqualTo(action);
    }

    @Test
    void understanding_unknownVerbWithNoCommitmentNamed_isUnsureAndSaysWhatItRead() {
        Reading r = read("Their IT team retools the line for our sensors next month");
        Understanding u = r.understanding();
        assertThat(u.sure()).isFalse();
        assertThat(u.doubt()).contains("'retool'");
        assertThat(u.actor()).isEqualTo(Understanding.Side.BUYER);
        assertThat(u.describe()).startsWith("I read the owner as ?, the action as 'retool'");
    }

    @Test
    void understanding_clearReading_isSureAndCarriesEveryPart() {
        Understanding u = read("The CFO sends us the volume figures by Friday").understanding();
        assertThat(u.sure()).isTrue();
        assertThat(u.actor()).isEqualTo(Understanding.Side.BUYER);
        assertThat(u.action()).isEqualTo("send");
        assertThat(u.owner()).isEqualTo("CFO");
        assertThat(u.kind()).isEqualTo(CommitmentKind.SHARE_INFORMATION);
        assertThat(u.datePhrase()).isEqualTo("by Friday");
        assertThat(u.describe()).isEqualTo(
                "I read the owner as CFO, the action as 'send', done by the buyer, due 'by Friday'.");
    }

    @Test
    void tagger_calledOnlyWhenAWordIsUnknown_andOnlyAddsVerbs() {
        int[] calls = {0};
        WordTagger verbsEverywhere = words -> {
            calls[0]++;
            PartOfSpeech[] tags = new PartOfSpeech[words.length];
            java.util.Arrays.fill(tags, PartOfSpeech.VERB);
            return tags;
        };
        ObjectiveReader tagged = new ObjectiveReader(CommitmentLadder.defaults(), verbsEverywhere, LearnedPhrasings.NONE);
        assertThat(tagged.read("The CFO signs the contract by Friday", TODAY).kind()).isEqualTo(CommitmentKind.SIGN);
        assertThat(calls[0]).isZero();
        Reading r = tagged.read("the QA team to vet the samples by Friday", TODAY);
        assertThat(calls[0]).isEqualTo(1);
        assertThat(r.understanding().action()).isEqualTo("vet");
        assertThat(read("the QA team to vet the samples by Friday").understanding().action()).isNotEqualTo("vet");
    }
}
