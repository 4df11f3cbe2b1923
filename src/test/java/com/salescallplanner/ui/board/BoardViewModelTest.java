package com.salescallplanner.ui.board;

import static com.salescallplanner.domain.StageModel.CLOSED_LOST;
import static com.salescallplanner.domain.StageModel.CLOSED_WON;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.TODAY;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.date;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class BoardViewModelTest {
    private static final Prospect ACME = prospect("acme", "Acme", 1000, PROSPECTING, "2025-03-01", DISCOVERY,
            "2025-03-05");
    private static final Prospect BETA = prospect("beta", "Beta", null, EVALUATION, "2025-02-01");

    private final Workspace workspace = new Workspace(data(List.of(ACME, BETA), List.of()),
            Clock.fixed(NOW.toInstant(), ZONE));
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> questions = dialogs.questions;
    private final BoardViewModel vm = new BoardViewModel(new WorkspaceEditor(workspace, dialogs), navigator,
            RefreshMode.IMMEDIATE, new Formats(Locale.UK));

    @Test
    void columns_followTheStageModel_withCountsAndAmounts() {
        assertThat(vm.columns()).extracting(c -> c.stage().id()).containsExactly(PROSPECTING, DISCOVERY, EVALUATION,
                PROPOSAL, NEGOTIATION, CLOSED_WON, CLOSED_LOST);
        BoardColumn discovery = column(DISCOVERY);
        assertThat(discovery.countProperty().get()).isEqualTo(1);
        assertThat(discovery.amountProperty().get()).isEqualTo("1,000");
        assertThat(column(EVALUATION).amountProperty().get()).isEqualTo("0 (1 without amount)");
        assertThat(column(CLOSED_WON).closed()).isTrue();
    }

    @Test
    void moveProspect_toAnOpenStage_changesStageAndRecordsTodayInTheHistory() {
        boolean moved = vm.moveProspect(ACME.id(), PROPOSAL);

        assertThat(moved).isTrue();
        Prospect now = workspace.data().prospect(ACME.id()).orElseThrow();
        assertThat(now.stageId()).isEqualTo(PROPOSAL);
        assertThat(now.stageHistory()).endsWith(new StageChange(DISCOVERY, date("2025-03-05")),
                new StageChange(PROPOSAL, TODAY));
        assertThat(cards(PROPOSAL)).containsExactly("Acme");
        assertThat(cards(DISCOVERY)).isEmpty();
        assertThat(questions).isEmpty();
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Undo Move Acme to Proposal");
        assertThat(vm.messageProperty().get()).isEqualTo("Moved Acme to Proposal.");
    }

    @Test
    void moveProspect_toClosedWon_cancelled_leavesTheProspectUnchanged() {
        dialogs.confirming(false);

        boolean moved = vm.moveProspect(ACME.id(), CLOSED_WON);

        assertThat(moved).isFalse();
        assertThat(questions).containsExactly("Move Acme to Closed Won? / Move to Closed Won");
        assertThat(workspace.data().prospect(ACME.id())).contains(ACME);
        assertThat(workspace.canUndoProperty().get()).isFalse();
        assertThat(cards(DISCOVERY)).containsExactly("Acme");
    }

    @Test
    void moveProspect_toClosedWon_confirmed_closesTheDeal() {
        dialogs.confirming(true);

        vm.moveProspect(ACME.id(), CLOSED_WON);

        assertThat(workspace.data().prospect(ACME.id()).orElseThrow().stageId()).isEqualTo(CLOSED_WON);
        assertThat(cards(CLOSED_WON)).containsExactly("Acme");
    }

    @Test
    void moveProspect_toItsOwnStage_neitherAsksNorRecordsAnEdit() {
        assertThat(vm.moveProspect(ACME.id(), DISCOVERY)).isFalse();
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void moveProspect_readOnlyFile_explainsAndChangesNothing() {
        workspace.readOnlyProperty().set(true);

        assertThat(vm.moveProspect(ACME.id(), PROPOSAL)).isFalse();

        assertThat(vm.messageProperty().get()).contains("read-only");
        assertThat(workspace.data().prospect(ACME.id())).contains(ACME);
    }

    @Test
    void moveBy_stepsAlongTheStageOrder_andStopsAtTheFirstStage() {
        vm.moveBy(ACME.id(), 1);
        assertThat(workspace.data().prospect(ACME.id()).orElseThrow().stageId()).isEqualTo(EVALUATION);

        Prospect early = prospect("early", "Early", null, PROSPECTING, "2025-03-01");
        workspace.apply("Add Early", d -> d.withProspect(early));
        assertThat(vm.moveBy(early.id(), -1)).isFalse();
    }

    @Test
    void undo_afterAMove_putsTheCardBack() {
        vm.moveProspect(ACME.id(), PROPOSAL);

        workspace.undo();

        assertThat(cards(DISCOVERY)).containsExactly("Acme");
        assertThat(cards(PROPOSAL)).isEmpty();
    }

    @Test
    void openAndPlan_askTheNavigator() {
        vm.open(ACME.id());
        vm.planCall(BETA.id());

        assertThat(navigator.visits).containsExactly("prospect:acme", "plan:beta");
    }

    private BoardColumn column(StageId stageId) {
        return vm.columns().stream().filter(c -> c.stage().id().equals(stageId)).findFirst().orElseThrow();
    }

    private List<String> cards(StageId stageId) {
        return column(stageId).cards().stream().map(PipelineCard::prospect).map(Prospect::company).toList();
    }
}
