package com.salescallplanner.domain;

import static com.salescallplanner.domain.StageModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rep's edits of the stage model, each with its refusals. */
class SalesProcessStagesTest {
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private final PlannerData empty = PlannerData.empty();

    private static List<String> names(PlannerData d) {
        return d.stages().stages().stream().map(Stage::name).toList();
    }

    private static PlannerData withProspectIn(PlannerData d, String company, StageId stageId) {
        return d.withProspect(Prospect.create(company, "", stageId, DAY));
    }

    @Test
    void renameStage_newNameAndDescription_keepsIdAndReferences() {
        PlannerData d = withProspectIn(empty, "Acme", DISCOVERY);
        PlannerData renamed = SalesProcess.renameStage(d, DISCOVERY, " Qualify ", "Pain confirmed");
        Stage s = renamed.stages().require(DISCOVERY);
        assertThat(s.name()).isEqualTo("Qualify");
        assertThat(s.description()).isEqualTo("Pain confirmed");
        assertThat(renamed.prospects().get(0).stageId()).isEqualTo(DISCOVERY);
        assertThat(renamed.stages().nameOf(renamed.prospects().get(0).stageId())).isEqualTo("Qualify");
    }

    @Test
    void renameStage_closedStage_allowed() {
        PlannerData d = SalesProcess.renameStage(empty, CLOSED_WON, "Signed", "");
        assertThat(d.stages().require(CLOSED_WON).name()).isEqualTo("Signed");
        assertThat(d.stages().require(CLOSED_WON).type()).isEqualTo(StageType.WON);
    }

    @Test
    void renameStage_sameText_returnsSameData() {
        Stage s = empty.stages().require(PROPOSAL);
        assertThat(SalesProcess.renameStage(empty, PROPOSAL, s.name(), s.description())).isSameAs(empty);
    }

    @Test
    void renameStage_nameOfAnotherStageInOtherCase_refusedNamingIt() {
        assertThatThrownBy(() -> SalesProcess.renameStage(empty, DISCOVERY, "proposal", ""))
                .isInstanceOf(DomainException.class).hasMessage("There is already a stage named Proposal.");
    }

    @Test
    void renameStage_blankName_refusedNamingTheStage() {
        assertThatThrownBy(() -> SalesProcess.renameStage(empty, DISCOVERY, "  ", ""))
                .isInstanceOf(DomainException.class).hasMessage("The new name of Discovery must not be empty.");
    }

    @Test
    void renameStage_caseOnlyChangeOfItsOwnName_allowed() {
        assertThat(names(SalesProcess.renameStage(empty, DISCOVERY, "DISCOVERY", ""))).contains("DISCOVERY");
    }

    @Test
    void addStage_atPosition_insertedAmongOpenStagesWithSlugId() {
        PlannerData d = SalesProcess.addStage(empty, "Technical Win", "IT signed off", 3);
        assertThat(names(d)).containsExactly("Prospecting", "Discovery", "Evaluation", "Technical Win", "Proposal",
                "Negotiation", "Closed Won", "Closed Lost");
        Stage added = d.stages().findByName("Technical Win").orElseThrow();
        assertThat(added.id()).isEqualTo(new StageId("technical-win"));
        assertThat(added.type()).isEqualTo(StageType.OPEN);
        assertThat(added.description()).isEqualTo("IT signed off");
    }

    @Test
    void addStage_afterLastOpen_staysBeforeClosedStages() {
        PlannerData d = SalesProcess.addStage(empty, "Onboarding", "", 5);
        assertThat(names(d).subList(5, 8)).containsExactly("Onboarding", "Closed Won", "Closed Lost");
    }

    @Test
    void addStage_positionPastTheOpenStages_refused() {
        assertThatThrownBy(() -> SalesProcess.addStage(empty, "Later", "", 6))
                .isInstanceOf(DomainException.class).hasMessageContaining("position 1 to 6, not 7");
    }

    @Test
    void addStage_existingName_refused() {
        assertThatThrownBy(() -> SalesProcess.addStage(empty, "evaluation", "", 0))
                .hasMessage("There is already a stage named Evaluation.");
    }

    @Test
    void addStage_slugOfARemovedOrRenamedStageTaken_getsNumberedId() {
        PlannerData renamed = SalesProcess.renameStage(empty, DISCOVERY, "Qualify", "");
        PlannerData d = SalesProcess.addStage(renamed, "Discovery", "", 1);
        assertThat(d.stages().findByName("Discovery").orElseThrow().id()).isEqualTo(new StageId("discovery-2"));
    }

    @Test
    void moveStage_upAndDown_swapsWithNeighbour() {
        PlannerData up = SalesProcess.moveStage(empty, PROPOSAL, -1);
        assertThat(names(up).subList(0, 5)).containsExactly("Prospecting", "Discovery", "Proposal", "Evaluation",
                "Negotiation");
        PlannerData down = SalesProcess.moveStage(up, PROPOSAL, +1);
        assertThat(down).isEqualTo(empty);
    }

    @Test
    void moveStage_firstUp_refused() {
        assertThatThrownBy(() -> SalesProcess.moveStage(empty, PROSPECTING, -1))
                .hasMessage("Prospecting is already the first stage.");
    }

    @Test
    void moveStage_lastOpenDown_refusedBecauseClosedStagesStayAtTheEnd() {
        assertThatThrownBy(() -> SalesProcess.moveStage(empty, NEGOTIATION, +1))
                .hasMessageContaining("Negotiation is already the last open stage");
    }

    @Test
    void moveStage_closedStage_refused() {
        assertThatThrownBy(() -> SalesProcess.moveStage(empty, CLOSED_LOST, -1))
                .hasMessage("Closed Lost is a closed stage: closed stages stay at the end.");
    }

    @Test
    void moveStage_unknownStage_refusedNamingIt() {
        assertThatThrownBy(() -> SalesProcess.moveStage(empty, new StageId("nowhere"), -1)).hasMessage("Unknown stage 'nowhere'.");
    }

    @Test
    void removeStage_unusedOpenStage_removed() {
        PlannerData d = SalesProcess.removeStage(SalesProcess.addStage(empty, "Pilot", "", 3), new StageId("pilot"));
        assertThat(d).isEqualTo(empty);
    }

    @Test
    void removeStage_prospectsInIt_refusedNamingHowMany() {
        PlannerData d = withProspectIn(withProspectIn(empty, "Acme", EVALUATION), "Globex", EVALUATION);
        assertThatThrownBy(() -> SalesProcess.removeStage(d, EVALUATION)).isInstanceOf(DomainException.class)
                .hasMessage("Cannot remove Evaluation: 2 prospects are in Evaluation: move them to another stage first.");
        assertThatThrownBy(() -> SalesProcess.removeStage(withProspectIn(empty, "Acme", EVALUATION), EVALUATION))
                .hasMessageContaining("1 prospect is in Evaluation: move it");
    }

    @Test
    void removeStage_inAProspectsHistory_refusedSoHistoryStaysTrue() {
        Prospect moved = Prospect.create("Acme", "", DISCOVERY, DAY).movedTo(PROPOSAL, DAY.plusDays(9));
        PlannerData d = empty.withProspect(moved);
        assertThatThrownBy(() -> SalesProcess.removeStage(d, DISCOVERY))
                .hasMessageContaining("Discovery is part of the history of 1 prospect")
                .hasMessageContaining("Rename it instead.");
    }

    @Test
    void removeStage_callPlannedAtItWhileProspectMovedOn_refusedCountingTheCall() {
        Prospect acme = Prospect.create("Acme", "", EVALUATION, DAY);
        CallPlan call = CallPlan.draft(acme.id(), ZonedDateTime.of(2025, 3, 4, 10, 0, 0, 0, ZoneId.of("UTC")),
                Duration.ofMinutes(30), PROSPECTING);
        PlannerData d = empty.withProspect(acme).withCall(call);
        assertThatThrownBy(() -> SalesProcess.removeStage(d, PROSPECTING))
                .hasMessageContaining("Prospecting is part of the history of 1 call:");
    }

    @Test
    void removeStage_closedStage_refused() {
        assertThatThrownBy(() -> SalesProcess.removeStage(empty, CLOSED_WON))
                .hasMessage("Cannot remove Closed Won: Closed Won is a closed stage: it can be renamed but not removed.");
    }

    @Test
    void removeStage_lastOpenStage_refused() {
        PlannerData d = empty;
        for (StageId id : List.of(PROSPECTING, DISCOVERY, EVALUATION, PROPOSAL)) {
            d = SalesProcess.removeStage(d, id);
        }
        PlannerData one = d;
        assertThat(one.stages().openStages()).extracting(Stage::name).containsExactly("Negotiation");
        assertThatThrownBy(() -> SalesProcess.removeStage(one, NEGOTIATION))
                .hasMessageContaining("Negotiation is the only open stage");
    }

    @Test
    void removeStage_rungsStartingThere_moveToTheNextOpenStage() {
        PlannerData d = SalesProcess.removeStage(empty, EVALUATION);
        assertThat(d.ladder().rung(CommitmentKind.EVALUATE).earliestStageId()).isEqualTo(PROPOSAL);
        assertThat(d.ladder().rung(CommitmentKind.MUTUAL_PLAN).earliestStageId()).isEqualTo(PROPOSAL);
        assertThat(d.ladder().rung(CommitmentKind.NEXT_MEETING).earliestStageId()).isEqualTo(PROSPECTING);
    }

    @Test
    void removeStage_lastOpenStageWithRungs_rungsMoveToThePreviousOne() {
        PlannerData d = SalesProcess.removeStage(empty, NEGOTIATION);
        assertThat(d.ladder().rung(CommitmentKind.SIGN).earliestStageId()).isEqualTo(PROPOSAL);
        assertThat(SalesProcess.heirOf(empty.stages(), NEGOTIATION).name()).isEqualTo("Proposal");
    }

    @Test
    void usage_countsProspectsHistoryCallsAndRungs() {
        Prospect acme = Prospect.create("Acme", "", DISCOVERY, DAY).movedTo(EVALUATION, DAY.plusDays(3));
        Prospect globex = Prospect.create("Globex", "", DISCOVERY, DAY);
        PlannerData d = empty.withProspect(acme).withProspect(globex);
        StageUsage u = StageUsage.of(d, DISCOVERY);
        assertThat(u.prospectsInStage()).isEqualTo(1);
        assertThat(u.prospectsInHistory()).isEqualTo(1);
        assertThat(u.calls()).isZero();
        assertThat(u.rungs()).containsExactly("Share information", "Introduce a stakeholder", "Agree criteria");
        assertThat(StageUsage.of(empty, PROPOSAL).removalRefusal(empty.stages())).isEmpty();
    }
}
