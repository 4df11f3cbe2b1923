package com.salescallplanner.ui;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.board.BoardViewModel;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.plan.BasicPlanAdvisor;
import com.salescallplanner.ui.prospects.ProspectActions;
import com.salescallplanner.ui.review.ReviewViewModel;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class StageMoveTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final CallPlan call = TestData.call(acme, NOW.minusHours(2), "stretch", "conservative");
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme).withCall(call));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final StageMove move = new StageMove(new WorkspaceEditor(workspace, dialogs));

    private Prospect saved() {
        return workspace.data().prospect(acme.id()).orElseThrow();
    }

    @Test
    void move_toAnOpenStage_recordsTodayInTheHistoryAsOneUndoableEdit() {
        StageMove.Result result = move.move(acme.id(), StageModel.PROPOSAL);

        assertThat(result.moved()).isTrue();
        assertThat(result.message()).isEqualTo("Moved Acme to Proposal.");
        assertThat(saved().stageHistory()).endsWith(new StageChange(StageModel.PROPOSAL, NOW.toLocalDate()));
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Undo Move Acme to Proposal");
        assertThat(dialogs.questions).isEmpty();
        workspace.undo();
        assertThat(saved()).isEqualTo(acme);
    }

    @Test
    void move_readOnlyData_isRefusedWithTheReason_andAsksNothing() {
        workspace.readOnlyProperty().set(true);

        StageMove.Result result = move.move(acme.id(), StageModel.CLOSED_WON);

        assertThat(result.outcome()).isEqualTo(StageMove.Outcome.REFUSED);
        assertThat(result.message()).contains("read-only");
        assertThat(dialogs.errors).singleElement().asString().contains("read-only");
        assertThat(dialogs.questions).isEmpty();
        assertThat(saved()).isEqualTo(acme);
    }

    @Test
    void move_toAClosedStage_declined_keepsTheProspectWhereItWas() {
        dialogs.confirming(false);

        StageMove.Result result = move.move(acme.id(), StageModel.CLOSED_LOST);

        assertThat(result.outcome()).isEqualTo(StageMove.Outcome.KEPT);
        assertThat(dialogs.cautiousQuestions).containsExactly("Move Acme to Closed Lost? / Move to Closed Lost");
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Mark the deal with Acme as lost?");
        assertThat(saved()).isEqualTo(acme);
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void move_toAClosedStage_confirmed_closesTheDealAndRecordsIt() {
        dialogs.confirming(true);

        assertThat(move.move(acme.id(), StageModel.CLOSED_WON).moved()).isTrue();

        assertThat(saved().stageId()).isEqualTo(StageModel.CLOSED_WON);
        assertThat(saved().stageHistory()).endsWith(new StageChange(StageModel.CLOSED_WON, NOW.toLocalDate()));
    }

    @Test
    void move_toItsOwnStage_orAMissingOne_changesNothingAndAsksNothing() {
        assertThat(move.move(acme.id(), StageModel.DISCOVERY).outcome()).isEqualTo(StageMove.Outcome.KEPT);
        assertThat(move.move(acme.id(), new StageId("no-such-stage")).outcome()).isEqualTo(StageMove.Outcome.GONE);

        assertThat(workspace.canUndoProperty().get()).isFalse();
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void closingADeal_fromBoardProspectPageAndReview_asksTheSameQuestion() {
        WorkspaceEditor editor = new WorkspaceEditor(workspace, dialogs);
        dialogs.confirming(false, false, false);

        new BoardViewModel(editor, new RecordingNavigator(), RefreshMode.IMMEDIATE, new Formats(Locale.UK))
                .moveProspect(acme.id(), StageModel.CLOSED_WON);
        new ProspectActions(editor).changeStage(acme.id(), StageModel.CLOSED_WON);
        ReviewViewModel review = new ReviewViewModel(editor, new RecordingNavigator(),
                new BasicPlanAdvisor(workspace::data), call.id());
        review.stageAfterProperty().set(workspace.data().stages().require(StageModel.CLOSED_WON));
        review.save();

        String question = "Move Acme to Closed Won? / Move to Closed Won";
        assertThat(dialogs.cautiousQuestions).containsExactly(question, question, question);
        assertThat(dialogs.confirmations).hasSize(3).containsOnly(dialogs.confirmations.get(0));
        assertThat(saved()).isEqualTo(acme);
    }

    @Test
    void readOnly_fromBoardAndProspectPage_saysTheSameAndChangesNothing() {
        WorkspaceEditor editor = new WorkspaceEditor(workspace, dialogs);
        workspace.readOnlyProperty().set(true);

        BoardViewModel board = new BoardViewModel(editor, new RecordingNavigator(), RefreshMode.IMMEDIATE,
                new Formats(Locale.UK));
        board.moveProspect(acme.id(), StageModel.PROPOSAL);
        new ProspectActions(editor).changeStage(acme.id(), StageModel.PROPOSAL);

        assertThat(dialogs.errors).hasSize(2).containsOnly(dialogs.errors.get(0));
        assertThat(board.messageProperty().get()).isEqualTo(WorkspaceEditor.READ_ONLY);
        assertThat(saved()).isEqualTo(acme);
        assertThat(List.copyOf(dialogs.questions)).isEmpty();
    }
}
