package com.salescallplanner.ui.settings;

import static com.salescallplanner.domain.StageModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.SalesProcess;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.util.Map;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Settings page's sales process, without a screen. */
class SalesProcessViewModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Workspace workspace = TestData.workspace(PlannerData.empty()
            .withProspect(TestData.prospect("Acme", DISCOVERY))
            .withProspect(TestData.prospect("Globex", DISCOVERY))
            .withProspect(TestData.prospect("Initech", PROPOSAL)));
    private final SalesProcessViewModel vm = new SalesProcessViewModel(new WorkspaceEditor(workspace, dialogs));
    private final StagesViewModel stages = vm.stages();
    private final LadderViewModel ladder = vm.ladder();

    private StageRow row(StageId id) {
        return stages.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private RungModel rung(CommitmentKind kind) {
        return ladder.rungs().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    private Stage stage(StageId id) {
        return workspace.data().stages().require(id);
    }

    @Test
    void rows_stagesInOrderWithProspectCounts() {
        assertThat(stages.rows()).extracting(StageRow::name).containsExactly("Prospecting", "Discovery", "Evaluation",
                "Proposal", "Negotiation", "Closed Won", "Closed Lost");
        assertThat(row(DISCOVERY).prospectsText()).isEqualTo("2 prospects");
        assertThat(row(PROPOSAL).prospectsText()).isEqualTo("1 prospect");
        assertThat(row(EVALUATION).prospectsText()).isEqualTo("No prospects");
        assertThat(row(CLOSED_LOST).typeText()).isEqualTo("Closed, lost");
        assertThat(row(NEGOTIATION).position()).isEqualTo(5);
    }

    @Test
    void select_stageWithProspects_removeDisabledWithTheReason() {
        stages.select(row(DISCOVERY));
        assertThat(stages.canRemoveProperty().get()).isFalse();
        assertThat(stages.removeReasonProperty().get()).isEqualTo(
                "2 prospects are in Discovery: move them to another stage first.");
        stages.select(row(EVALUATION));
        assertThat(stages.canRemoveProperty().get()).isTrue();
        assertThat(stages.removeReasonProperty().get()).isEmpty();
    }

    @Test
    void select_closedStage_onlyRenameAllowed() {
        stages.select(row(CLOSED_WON));
        assertThat(stages.canRenameProperty().get()).isTrue();
        assertThat(stages.canMoveUpProperty().get()).isFalse();
        assertThat(stages.canMoveDownProperty().get()).isFalse();
        assertThat(stages.canRemoveProperty().get()).isFalse();
        assertThat(stages.removeReasonProperty().get()).contains("can be renamed but not removed");
    }

    @Test
    void select_firstAndLastOpenStage_moveOnlyInward() {
        stages.select(row(PROSPECTING));
        assertThat(stages.canMoveUpProperty().get()).isFalse();
        assertThat(stages.canMoveDownProperty().get()).isTrue();
        stages.select(row(NEGOTIATION));
        assertThat(stages.canMoveUpProperty().get()).isTrue();
        assertThat(stages.canMoveDownProperty().get()).isFalse();
    }

    @Test
    void renameSelected_formAnswered_renamesUndoablyAndKeepsSelection() {
        stages.select(row(DISCOVERY));
        dialogs.filling(Map.of(StagesViewModel.NAME, "Qualify", StagesViewModel.DESCRIPTION, "Pain confirmed"));
        stages.renameSelected();
        assertThat(stage(DISCOVERY).name()).isEqualTo("Qualify");
        assertThat(row(DISCOVERY).stage().description()).isEqualTo("Pain confirmed");
        assertThat(stages.selectedProperty().get().name()).isEqualTo("Qualify");
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Undo Rename Discovery to Qualify");
        workspace.undo();
        assertThat(row(DISCOVERY).name()).isEqualTo("Discovery");
    }

    @Test
    void renameSelected_nameTaken_showsTheRefusalAndChangesNothing() {
        stages.select(row(DISCOVERY));
        dialogs.filling(Map.of(StagesViewModel.NAME, "proposal", StagesViewModel.DESCRIPTION, ""));
        stages.renameSelected();
        assertThat(dialogs.errors).containsExactly("There is already a stage named Proposal.");
        assertThat(stage(DISCOVERY).name()).isEqualTo("Discovery");
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void renameSelected_cancelled_changesNothing() {
        stages.select(row(DISCOVERY));
        stages.renameSelected();
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void add_afterSelectedStage_insertsAndSelectsIt() {
        stages.select(row(EVALUATION));
        dialogs.filling(Map.of(StagesViewModel.NAME, "Pilot", StagesViewModel.DESCRIPTION, ""));
        stages.add();
        assertThat(stages.rows()).extracting(StageRow::name).containsSubsequence("Evaluation", "Pilot", "Proposal");
        assertThat(stages.rows().get(3).name()).isEqualTo("Pilot");
        assertThat(stages.selectedProperty().get().name()).isEqualTo("Pilot");
        assertThat(stages.canRemoveProperty().get()).isTrue();
    }

    @Test
    void add_withClosedStageSelected_goesBeforeTheClosedStages() {
        stages.select(row(CLOSED_WON));
        dialogs.filling(Map.of(StagesViewModel.NAME, "Onboarding", StagesViewModel.DESCRIPTION, ""));
        stages.add();
        assertThat(stages.rows().get(5).name()).isEqualTo("Onboarding");
    }

    @Test
    void moveSelected_up_reordersAndFollowsTheStage() {
        stages.select(row(PROPOSAL));
        stages.moveSelected(-1);
        assertThat(stages.rows().get(2).name()).isEqualTo("Proposal");
        assertThat(stages.selectedProperty().get().position()).isEqualTo(3);
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Undo Move Proposal up");
    }

    @Test
    void removeSelected_confirmed_removesAndSaysWhereTheRungsGo() {
        stages.select(row(EVALUATION));
        dialogs.confirming(true);
        stages.removeSelected();
        assertThat(dialogs.confirmations.get(0)).contains("Evaluate, Mutual action plan will start at Proposal");
        assertThat(stages.rows()).extracting(StageRow::name).doesNotContain("Evaluation");
        assertThat(stages.selectedProperty().get()).isNull();
        assertThat(rung(CommitmentKind.EVALUATE).earliestStageProperty().get().id()).isEqualTo(PROPOSAL);
    }

    @Test
    void removeSelected_declined_keepsTheStage() {
        stages.select(row(EVALUATION));
        dialogs.confirming(false);
        stages.removeSelected();
        assertThat(stages.rows()).extracting(StageRow::name).contains("Evaluation");
    }

    @Test
    void readOnly_disablesEveryStageAction() {
        stages.select(row(EVALUATION));
        assertThat(vm.editableProperty().get()).isTrue();
        workspace.readOnlyProperty().set(true);
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(stages.canRenameProperty().get()).isFalse();
        assertThat(stages.canMoveUpProperty().get()).isFalse();
        assertThat(stages.canRemoveProperty().get()).isFalse();
        dialogs.filling(Map.of(StagesViewModel.NAME, "Pilot", StagesViewModel.DESCRIPTION, ""));
        stages.add();
        assertThat(dialogs.formAnswers).hasSize(1);
        assertThat(dialogs.errors).singleElement().asString().contains("read-only");
        assertThat(stages.rows()).extracting(StageRow::name).doesNotContain("Pilot");
    }

    @Test
    void ladder_rungsInRankOrderWithStagesAndExamples() {
        assertThat(ladder.rungs()).hasSize(10);
        RungModel first = ladder.rungs().get(0);
        assertThat(first.labelProperty().get()).isEqualTo("Next meeting");
        assertThat(first.earliestStageProperty().get().name()).isEqualTo("Prospecting");
        assertThat(first.buyerActionProperty().get()).isEqualTo("The buyer agrees to a meeting or call at a set time");
        assertThat(first.examplesProperty().get()).contains("\n");
        assertThat(ladder.stageChoices()).extracting(Stage::name).containsExactly("Prospecting", "Discovery",
                "Evaluation", "Proposal", "Negotiation");
    }

    @Test
    void earliestStage_picked_appliedAsOneUndoableEdit() {
        rung(CommitmentKind.SHARE_INFORMATION).earliestStageProperty().set(stage(EVALUATION));
        assertThat(workspace.data().ladder().rung(CommitmentKind.SHARE_INFORMATION).earliestStageId())
                .isEqualTo(EVALUATION);
        assertThat(workspace.undoLabelProperty().get())
                .isEqualTo("Undo Set the earliest stage of Share information to Evaluation");
        workspace.undo();
        assertThat(rung(CommitmentKind.SHARE_INFORMATION).earliestStageProperty().get().id()).isEqualTo(DISCOVERY);
    }

    @Test
    void label_committedWhenLeft_blankRefusedAndPutBack() {
        RungModel m = rung(CommitmentKind.SIGN);
        m.labelProperty().set("Signature");
        ladder.commitLabel(m);
        assertThat(workspace.data().ladder().rung(CommitmentKind.SIGN).label()).isEqualTo("Signature");
        m.labelProperty().set("  ");
        ladder.commitLabel(m);
        assertThat(dialogs.errors).containsExactly("The label of Signature must not be empty.");
        assertThat(m.labelProperty().get()).isEqualTo("Signature");
    }

    @Test
    void examples_oneALine_committedWithoutBlankLines() {
        RungModel m = rung(CommitmentKind.SIGN);
        m.examplesProperty().set("The CFO signs by Friday\n\n  Procurement issues the PO by the 15th  \n");
        ladder.commitExamples(m);
        assertThat(workspace.data().ladder().rung(CommitmentKind.SIGN).examples())
                .containsExactly("The CFO signs by Friday", "Procurement issues the PO by the 15th");
        assertThat(m.examplesProperty().get()).isEqualTo("The CFO signs by Friday\nProcurement issues the PO by the 15th");
    }

    @Test
    void leaving_withAnExampleOverTheLimit_asks_stayKeepsTheText_leaveKeepsTheSavedExamples() {
        RungModel m = rung(CommitmentKind.SIGN);
        List<String> stored = workspace.data().ladder().rung(CommitmentKind.SIGN).examples();
        String typed = "The CFO signs by Friday\n" + "Procurement issues the PO ".repeat(9);
        m.examplesProperty().set(typed);

        dialogs.choosing(0); // Stay and shorten
        assertThat(ladder.canLeave()).isFalse();
        assertThat(m.examplesProperty().get()).isEqualTo(typed);
        assertThat(dialogs.errors).isEmpty();

        dialogs.choosing(1); // Leave without saving the examples
        assertThat(ladder.canLeave()).isTrue();
        ladder.commitPending(); // the page goes
        assertThat(dialogs.errors).as("no error after the page has gone").isEmpty();
        assertThat(workspace.data().ladder().rung(CommitmentKind.SIGN).examples()).isEqualTo(stored);
    }

    @Test
    void leaving_withExamplesWithinTheLimit_asksNothing_andSavesThem() {
        RungModel m = rung(CommitmentKind.SIGN);
        m.examplesProperty().set("The CFO signs by Friday");
        assertThat(ladder.canLeave()).isTrue();
        ladder.commitPending();
        assertThat(workspace.data().ladder().rung(CommitmentKind.SIGN).examples())
                .containsExactly("The CFO signs by Friday");
    }

    @Test
    void examples_aLineOverTheLimit_namesTheLine_waitsWithoutAnError_andSurvivesAnotherRungsEdit() {
        RungModel m = rung(CommitmentKind.SIGN);
        String stored = String.join("\n", workspace.data().ladder().rung(CommitmentKind.SIGN).examples());
        String typed = "The CFO signs by Friday\n" + "Procurement issues the PO ".repeat(9); // 233 characters on line 2
        m.examplesProperty().set(typed);
        assertThat(m.examplesLimit().errorProperty().get())
                .isEqualTo("Example on line 2 is too long: 233 characters, at most 200 allowed.");
        assertThat(m.examplesLimit().counterProperty().get()).isEqualTo("Example on line 2: 233/200");
        ladder.commitExamples(m); // the area lost the focus
        assertThat(dialogs.errors).isEmpty();
        assertThat(String.join("\n", workspace.data().ladder().rung(CommitmentKind.SIGN).examples()))
                .isEqualTo(stored);
        assertThat(m.examplesProperty().get()).isEqualTo(typed);

        RungModel other = rung(CommitmentKind.EVALUATE);
        other.labelProperty().set("Trial");
        ladder.commitLabel(other); // refreshes every rung
        assertThat(m.examplesProperty().get()).as("the typed lines are not put back").isEqualTo(typed);

        m.examplesProperty().set("The CFO signs by Friday\nProcurement issues the PO by the 15th");
        assertThat(m.examplesLimit().overProperty().get()).isFalse();
        ladder.commitExamples(m);
        assertThat(workspace.data().ladder().rung(CommitmentKind.SIGN).examples())
                .containsExactly("The CFO signs by Friday", "Procurement issues the PO by the 15th");
    }

    @Test
    void commitPending_unchangedFields_recordNoEdit() {
        ladder.commitPending();
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void stageRenamedElsewhere_ladderChoicesAndRowsFollow() {
        workspace.apply("rename", d -> SalesProcess.renameStage(d, EVALUATION, "Pilot", ""));
        assertThat(ladder.stageChoices()).extracting(Stage::name).contains("Pilot");
        assertThat(rung(CommitmentKind.EVALUATE).earliestStageProperty().get().name()).isEqualTo("Pilot");
        assertThat(row(EVALUATION).name()).isEqualTo("Pilot");
    }

    @Test
    void dispose_stopsFollowingTheWorkspace() {
        vm.dispose();
        workspace.apply("rename", d -> SalesProcess.renameStage(d, EVALUATION, "Pilot", ""));
        assertThat(row(EVALUATION).name()).isEqualTo("Evaluation");
    }
}
