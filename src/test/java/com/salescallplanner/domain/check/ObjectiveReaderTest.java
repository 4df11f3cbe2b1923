package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading free text: owners, dates, buyer versus seller actions. Today is Monday 16 February 2026. */
class ObjectiveReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    private final ObjectiveReader reader = new ObjectiveReader(CommitmentLadder.defaults());

    private Reading read(String text) {
        return reader.read(text, TODAY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Anna books a follow-up meeting with us for March 3 | Anna",
        "Dana Kim provides read-only access to their CRM by Wednesday | Dana Kim",
        "The CFO sends us the volume figures by Friday | CFO",
        "The VP of Operations agrees to a demo with her team on May 12 | VP of Operations",
        "Procurement issues the purchase order by Friday | Procurement",
        "The champion introduces us to the CIO by next week | champion",
        "Their IT lead shares the current system architecture by 3/15 | IT lead",
        "The economic buyer confirms the budget range by next Friday | economic buyer",
        "Get their IT lead to run a proof of concept in Q3 | IT lead",
        "Book a meeting with Dana Kim for Tuesday | Dana Kim",
        "Secure a verbal commitment from the CIO by the 28th | CIO",
        "Our champion brings the economic buyer to a meeting by the end of the month | champion",
        "Ask the head of finance to share the budget range by the 20th | head of finance",
        "We present the demo and the buying group agrees the criteria | buying group",
        "Legal reviews our master services agreement by 6/30 | Legal",
    })
    void owner_buyerSidePersonOrRole_isRead(String text, String owner) {
        assertThat(read(text).owner()).isEqualTo(owner);
    }

    /** A pronoun names nobody a trainer could hold to the commitment: the advance stands, the owner is missing. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"They agree to a call next week", "they kick off the supplier due diligence on monday",
        "she sends the routing rules by Friday"})
    void owner_pronounSubject_isNoOwner(String text) {
        Reading r = read(text);
        assertThat(r.advance()).isTrue();
        assertThat(r.owner()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "We send the proposal by Friday",
        "I book a call for next week",
        "Schedule a call to discuss their requirements",
        "Send the CFO our brochure",
        "Our CEO presents the roadmap to them",
        "Pilot starts on June 1",
    })
    void owner_noBuyerSidePerson_isNull(String text) {
        assertThat(read(text).owner()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "The CFO agrees to a call next Tuesday | 2026-02-17 | next Tuesday",
        "The CFO sends the figures by Friday | 2026-02-20 | by Friday",
        "Anna books a meeting for March 1 | 2026-03-01 | for March 1",
        "Anna books a meeting on 1 March | 2026-03-01 | on 1 March",
        "Anna books a meeting on 2026-03-01 | 2026-03-01 | on 2026-03-01",
        "Anna books a meeting on 3/1 | 2026-03-01 | on 3/1",
        "Anna books a meeting on 3/1/2027 | 2027-03-01 | on 3/1/2027",
        "The CFO shares the figures by the 15th | 2026-03-15 | by the 15th",
        "The CFO shares the figures by the 20th | 2026-02-20 | by the 20th",
        "Procurement starts the vendor onboarding this week | 2026-02-20 | this week",
        "Procurement starts the vendor onboarding next week | 2026-02-27 | next week",
        "The buying group agrees the criteria by end of month | 2026-02-28 | by end of month",
        "The buying group agrees the criteria by the end of the month | 2026-02-28 | by the end of the month",
        "Their IT lead runs a proof of concept in Q3 | 2026-09-30 | in Q3",
        "Their IT lead runs a proof of concept in Q2 2027 | 2027-06-30 | in Q2 2027",
        "The CFO signs by the end of the quarter | 2026-03-31 | by the end of the quarter",
        "The CFO agrees to a call tomorrow | 2026-02-17 | tomorrow",
        "The CFO agrees to a call the day after tomorrow | 2026-02-18 | the day after tomorrow",
        "The CFO agrees to a call in two weeks | 2026-03-02 | in two weeks",
        "The CFO agrees to a call within 10 days | 2026-02-26 | within 10 days",
        "The CFO agrees to a call 3 days from now | 2026-02-19 | 3 days from now",
        "The CFO agrees to a call in a couple of weeks | 2026-03-02 | in a couple of weeks",
        "Anna introduces us to the CFO before the board meeting on the 12th | 2026-03-12 | before the board meeting on the 12th",
        "The CFO signs by mid-March | 2026-03-15 | by mid-March",
        "The CFO signs by the end of March | 2026-03-31 | by the end of March",
        "The CFO signs in May | 2026-05-31 | in May",
        "Intro to the CISO by EOW | 2026-02-20 | by EOW",
        "The CFO agrees to a call on Monday, March 2 | 2026-03-02 | on Monday, March 2",
        "The CFO agrees to a call the week after next | 2026-03-06 | the week after next",
        "The CFO agrees to a call next month | 2026-03-31 | next month",
        "The CFO countersigns the order form before the quarter closes | 2026-03-31 | before the quarter closes",
        "The CFO confirms the budget at the March 10 board meeting | 2026-03-10 | at the March 10 board meeting",
        "The CFO agrees to a call this Friday | 2026-02-20 | this Friday",
        "The CFO sends the figures by EOD | 2026-02-16 | by EOD",
        "The CFO signs by early March | 2026-03-10 | by early March",
        "The CFO signs in H2 | 2026-12-31 | in H2",
        "The CFO signs by year-end | 2026-12-31 | by year-end",
        "The CFO signs next quarter | 2026-06-30 | next quarter",
        "The CFO agrees to a call the 1st of next month | 2026-03-01 | the 1st of next month",
        "The CFO signs on March 1, 2027 | 2027-03-01 | on March 1, 2027",
    })
    void date_phrase_resolvesRelativeToToday(String text, LocalDate date, String phrase) {
        DateMention due = read(text).due();
        assertThat(due).isNotNull();
        assertThat(due.date()).isEqualTo(date);
        assertThat(due.phrase()).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The finance director agrees the success criteria at the steering committee | at the steering committee",
        "The champion loops in the head of finance before our next meeting | before our next meeting",
        "Their data team gives us a sample export before the workshop | before the workshop",
        "The CFO confirms the budget ahead of the QBR | ahead of the QBR",
    })
    void date_datedEventWithoutDay_keepsThePhrase(String text, String phrase) {
        DateMention due = read(text).due();
        assertThat(due).isNotNull();
        assertThat(due.phrase()).isEqualTo(phrase);
        assertThat(due.resolved()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The CFO agrees to a 30-minute call",
        "The CIO commits the integration team to a two-week pilot",
        "The CFO may agree to a pilot",
        "Our platform runs 24/7",
        "The CFO agrees to a next meeting",
        "Wait for the board's decision",
        "They will let us know after the pilot",
        "The CFO will get back to us after talking to the board",
        "Agree the 3rd party integrations",
    })
    void date_noDateInText_isNull(String text) {
        assertThat(read(text).due()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The CFO sends us the volume figures by Friday | SHARE_INFORMATION",
        "We present the demo and the buying group agrees the criteria | AGREE_CRITERIA",
        "CFO to send the volume figures by Friday | SHARE_INFORMATION",
        "Get the CFO to sign the order form by March 31 | SIGN",
        "Ask Anna to introduce us to the VP of Operations | INTRODUCE_STAKEHOLDER",
        "Book a call with the CFO for next Tuesday | NEXT_MEETING",
        "Signed order form from procurement by 31 March | SIGN",
        "The pilot starts on June 1 | EVALUATE",
        "Documentation is sent to us by Friday | SHARE_INFORMATION",
    })
    void advance_buyerActs_isAnAdvanceOfThatKind(String text, CommitmentKind kind) {
        Reading r = read(text);
        assertThat(r.advance()).isTrue();
        assertThat(r.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Send the CFO our brochure",
        "Present our company overview to the CFO",
        "Explain our pricing model to the finance team",
        "Build rapport with the head of operations",
        "Learn about their current process",
        "Touch base with their IT lead next week",
        "Follow up with the CFO on Friday",
        "The CFO will think it over",
        "They get back to us next week",
        "The CFO circles back by Friday",
        "Keep in touch with the champion",
        "We send the proposal to the CFO",
        "The CFO asks us to send a proposal",
        "The proposal is sent to the CFO",
        "The prospect agrees to a demo at some point",
        "Revise the proposal",
        "",
        "   ",
    })
    void advance_sellerActionOrVaguePromise_isNoAdvance(String text) {
        Reading r = read(text);
        assertThat(r.advance()).isFalse();
        assertThat(r.kind()).isEqualTo(CommitmentKind.NONE);
        assertThat(r.owner()).isNull();
    }

    @Test
    void kind_ladderReRanked_theHigherRankedOfTwoNamedCommitmentsWins() {
        String text = "The CFO sends us the figures and agrees to a pilot by Friday";
        assertThat(read(text).kind()).isEqualTo(CommitmentKind.EVALUATE);
        CommitmentLadder reRanked = CommitmentLadder.defaults()
                .with(rung(CommitmentKind.SHARE_INFORMATION, 50));
        assertThat(new ObjectiveReader(reRanked).read(text, TODAY).kind()).isEqualTo(CommitmentKind.SHARE_INFORMATION);
    }

    @Test
    void read_typographicApostropheAndOddCharacters_doNotBreakTheReading() {
        Reading r = read("The head of operations shares last year\u2019s volume figures by the 15th \u2014 ok?");
        assertThat(r.kind()).isEqualTo(CommitmentKind.SHARE_INFORMATION);
        assertThat(r.owner()).isEqualTo("head of operations");
        assertThat(r.due().date()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    private static com.salescallplanner.domain.LadderRung rung(CommitmentKind kind, int rank) {
        var r = CommitmentLadder.defaults().rung(kind);
        return new com.salescallplanner.domain.LadderRung(kind, rank, r.label(), r.buyerAction(), r.earliestStageId(),
                r.examples());
    }
}
