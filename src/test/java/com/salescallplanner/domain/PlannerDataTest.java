package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlannerDataTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final ZonedDateTime TEN = DAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin"));

    @Test
    void withProspect_newThenReplaced_oneEntryWithLatestValues() {
        Prospect p = Prospect.create("Acme", "Fleet rollout", StageModel.DISCOVERY, DAY);
        PlannerData d = PlannerData.empty().withProspect(p).withProspect(p.withDetails("Acme GmbH", "Fleet"));
        assertThat(d.prospects()).hasSize(1);
        assertThat(d.prospect(p.id())).map(Prospect::company).contains("Acme GmbH");
    }

    @Test
    void withProspects_replacedAndAdded_keepsOrderAndIndexesAsOneByOne() {
        Prospect a = Prospect.create("Acme", "", StageModel.DISCOVERY, DAY);
        Prospect b = Prospect.create("Globex", "", StageModel.DISCOVERY, DAY);
        Prospect c = Prospect.create("Initech", "", StageModel.DISCOVERY, DAY);
        CallPlan call = CallPlan.draft(b.id(), TEN, Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData d = PlannerData.empty().withProspect(a).withProspect(b).withCall(call);

        PlannerData batch = d.withProspects(List.of(c, b.withNotes("first"), c.withNotes("later wins"),
                b.withNotes("second")));

        PlannerData oneByOne = d.withProspect(c).withProspect(b.withNotes("first")).withProspect(c.withNotes("later wins"))
                .withProspect(b.withNotes("second"));
        assertThat(batch).isEqualTo(oneByOne);
        assertThat(batch.prospects()).extracting(Prospect::company).containsExactly("Acme", "Globex", "Initech");
        assertThat(batch.prospect(c.id())).map(Prospect::notes).contains("later wins");
        assertThat(batch.callsOf(b.id())).containsExactly(call);
        assertThat(d.withProspects(List.of())).isSameAs(d);
    }

    @Test
    void withProspects_unknownStage_rejectedAndDataUnchanged() {
        PlannerData d = PlannerData.empty();
        Prospect ok = Prospect.create("Acme", "", StageModel.DISCOVERY, DAY);
        Prospect bad = Prospect.create("Globex", "", new StageId("qualification"), DAY);
        assertThatThrownBy(() -> d.withProspects(List.of(ok, bad))).hasMessageContaining("Stage 'qualification'");
        assertThat(d.prospects()).isEmpty();
    }

    @Test
    void withCall_unknownProspect_rejectedAndDataUnchanged() {
        PlannerData d = PlannerData.empty();
        CallPlan c = CallPlan.draft(ProspectId.random(), TEN, Duration.ofMinutes(30), StageModel.DISCOVERY);
        assertThatThrownBy(() -> d.withCall(c)).hasMessageContaining("unknown prospect");
        assertThat(d.calls()).isEmpty();
    }

    @Test
    void withProspect_unknownStage_rejected() {
        Prospect p = Prospect.create("Acme", "", new StageId("qualification"), DAY);
        assertThatThrownBy(() -> PlannerData.empty().withProspect(p))
                .hasMessageContaining("Stage 'qualification' of Acme is not in the stage model");
    }

    @Test
    void callsOf_sortedByStart_andRemovedWithTheirProspect() {
        Prospect p = Prospect.create("Acme", "", StageModel.DISCOVERY, DAY);
        CallPlan later = CallPlan.draft(p.id(), TEN.plusDays(7), Duration.ofMinutes(30), StageModel.DISCOVERY);
        CallPlan earlier = CallPlan.draft(p.id(), TEN, Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData d = PlannerData.empty().withProspect(p).withCall(later).withCall(earlier);
        assertThat(d.callsOf(p.id())).containsExactly(earlier, later);
        PlannerData removed = d.withoutProspect(p.id());
        assertThat(removed.prospects()).isEmpty();
        assertThat(removed.calls()).isEmpty();
    }

    @Test
    void withLookupsMade_thenEdited_lookupsFollowTheEdits() {
        Prospect p = Prospect.create("Acme", "", StageModel.DISCOVERY, DAY);
        CallPlan later = CallPlan.draft(p.id(), TEN.plusDays(7), Duration.ofMinutes(30), StageModel.DISCOVERY);
        CallPlan earlier = CallPlan.draft(p.id(), TEN, Duration.ofMinutes(30), StageModel.DISCOVERY);
        PlannerData d = PlannerData.empty().withProspect(p).withCall(later);

        PlannerData made = d.withLookupsMade();
        PlannerData edited = made.withCall(earlier);

        assertThat(made).isSameAs(d);
        assertThat(made.callsOf(p.id())).containsExactly(later);
        assertThat(made.prospect(p.id())).contains(p);
        assertThat(edited.callsOf(p.id())).containsExactly(earlier, later);
        assertThat(edited.call(earlier.id())).contains(earlier);
    }

    @Test
    void of_duplicateProspectIds_rejected() {
        Prospect p = Prospect.create("Acme", "", StageModel.DISCOVERY, DAY);
        assertThatThrownBy(() -> PlannerData.of(StageModel.defaults(), CommitmentLadder.defaults(), List.of(p, p),
                List.of())).hasMessageContaining("used twice");
    }

    @Test
    void withStages_removingAStageInUse_rejected() {
        Prospect p = Prospect.create("Acme", "", StageModel.NEGOTIATION, DAY);
        PlannerData d = PlannerData.empty().withProspect(p);
        List<Stage> fewer = d.stages().stages().stream().filter(s -> !s.id().equals(StageModel.NEGOTIATION)).toList();
        assertThatThrownBy(() -> d.withStages(new StageModel(fewer))).isInstanceOf(DomainException.class);
    }

    @Test
    void learned_samePhrasingReplacedInPlace_forgottenByPhrasing_andTwiceRefused() {
        LearnedPhrasing kit = new LearnedPhrasing("<name> run kit", CommitmentKind.EVALUATE, null, null);
        LearnedPhrasing thanks = new LearnedPhrasing("thank them", null, null, false);
        LearnedPhrasing kitAgain = new LearnedPhrasing("<name> run kit", CommitmentKind.MUTUAL_PLAN, null, null);
        PlannerData d = PlannerData.empty().withLearned(kit).withLearned(thanks).withLearned(kitAgain);
        assertThat(d.learned()).containsExactly(kitAgain, thanks);
        assertThat(d.withoutLearned("thank them").learned()).containsExactly(kitAgain);
        assertThat(d.withoutLearned("unknown")).isSameAs(d);
        assertThat(d).isNotEqualTo(PlannerData.empty());
        assertThatThrownBy(() -> PlannerData.of(d.stages(), d.ladder(), List.of(), List.of(), List.of(kit, kitAgain)))
                .isInstanceOf(DomainException.class).hasMessageContaining("learned twice");
        assertThatThrownBy(() -> new LearnedPhrasing("x", CommitmentKind.SIGN, null, false))
                .isInstanceOf(DomainException.class).hasMessageContaining("does not commit");
        assertThatThrownBy(() -> new LearnedPhrasing(" ", CommitmentKind.SIGN, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("must not be empty");
    }
}
