package com.salescallplanner.ui.prospects;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProspectListViewModelTest {
    private final Prospect acme = TestData.prospect("Acme Logistics", StageModel.DISCOVERY,
            new Contact("Dana Kim", "CFO", "dana@acme.example"));
    private final Prospect globex = TestData.prospect("Globex", StageModel.PROPOSAL);
    private final Prospect initech = TestData.prospect("Initech", StageModel.PROPOSAL);
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme)
            .withProspect(globex).withProspect(initech)
            .withCall(TestData.call(globex, NOW.plusHours(3), "a", "b"))
            .withCall(TestData.call(initech, NOW.minusDays(1), "a", "b")));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final ProspectListViewModel vm = new ProspectListViewModel(workspace,
            new ProspectActions(new WorkspaceEditor(workspace, dialogs)), navigator);

    private java.util.List<String> visible() {
        return vm.rows().stream().map(r -> r.prospect().company()).toList();
    }

    @Test
    void search_contactName_findsItsProspectIgnoringCase() {
        vm.queryProperty().set("DANA");
        assertThat(visible()).containsExactly("Acme Logistics");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 of 3 prospects");
    }

    @Test
    void order_pickedColumn_keptWhileSearchingAndBackToDefaultWhenCleared() {
        java.util.List<String> byDefault = visible();
        vm.orderProperty().set(java.util.Comparator.comparing((ProspectRow r) -> r.prospect().company()).reversed());
        assertThat(visible()).containsExactly("Initech", "Globex", "Acme Logistics");
        vm.queryProperty().set("i");
        assertThat(visible()).containsExactly("Initech", "Acme Logistics");
        vm.queryProperty().set("");
        vm.orderProperty().set(null);
        assertThat(visible()).isEqualTo(byDefault);
    }

    @Test
    void loading_countSaysNothingUntilTheDataIsIn() {
        vm.loadingProperty().set(true);
        assertThat(vm.countTextProperty().get()).isEmpty();
        vm.loadingProperty().set(false);
        assertThat(vm.countTextProperty().get()).isEqualTo("3 prospects");
    }

    @Test
    void search_dealName_matches() {
        vm.queryProperty().set("globex deal");
        assertThat(visible()).containsExactly("Globex");
    }

    @Test
    void stageFilter_proposal_showsOnlyProposalProspects() {
        Stage proposal = vm.stageChoices().stream().filter(s -> s.id().equals(StageModel.PROPOSAL)).findFirst()
                .orElseThrow();
        vm.stageProperty().set(proposal);
        assertThat(visible()).containsExactlyInAnyOrder("Globex", "Initech");
    }

    @Test
    void filters_callTodayAndOutcomeMissing_selectTheRightProspects() {
        vm.filterProperty().set(ProspectFilter.CALL_TODAY);
        assertThat(visible()).containsExactly("Globex");
        vm.filterProperty().set(ProspectFilter.OUTCOME_MISSING);
        assertThat(visible()).containsExactly("Initech");
        vm.filterProperty().set(ProspectFilter.STRANDED);
        assertThat(visible()).contains("Acme Logistics").doesNotContain("Globex");
    }

    @Test
    void rows_afterAnEdit_reflectTheNewDataWithTheFilterKept() {
        vm.queryProperty().set("acme");
        workspace.apply("rename", d -> d.withProspect(acme.withDetails("Acme Freight", "")));
        assertThat(visible()).containsExactly("Acme Freight");
    }

    @Test
    void clearFilters_showsEverything() {
        vm.queryProperty().set("zzz");
        vm.filterProperty().set(ProspectFilter.STRANDED);
        vm.clearFilters();
        assertThat(visible()).hasSize(3);
    }

    @Test
    void addProspect_filledForm_addsItAndOpensIt() {
        dialogs.filling(Map.of(ProspectActions.COMPANY, "Umbrella", ProspectActions.DEAL, "Clinics",
                ProspectActions.STAGE, "Evaluation"));
        vm.addProspect();
        Prospect added = workspace.data().prospects().get(3);
        assertThat(added.company()).isEqualTo("Umbrella");
        assertThat(added.stageId()).isEqualTo(StageModel.EVALUATION);
        assertThat(navigator.last()).isEqualTo("prospect:" + added.id());
    }

    @Test
    void deleteSelected_declined_keepsTheProspect() {
        vm.selectedProperty().set(vm.rows().get(0));
        dialogs.confirming(false);
        vm.deleteSelected();
        assertThat(workspace.data().prospects()).hasSize(3);
        dialogs.confirming(true);
        vm.deleteSelected();
        assertThat(workspace.data().prospects()).hasSize(2);
    }
    @Test
    void rows_byDefault_needingAttentionFirst_thenSoonestCall_closedDealsLast() {
        Prospect won = TestData.prospect("Won Corp", StageModel.CLOSED_WON);
        Prospect later = TestData.prospect("Hooli", StageModel.EVALUATION);
        workspace.apply("more", d -> d.withProspect(won).withProspect(later)
                .withCall(TestData.call(later, NOW.plusDays(2), "a", "b")));

        // Initech's last call has no outcome; Acme has no next step (stranded); Globex calls in 3 hours.
        assertThat(visible()).containsExactly("Initech", "Acme Logistics", "Globex", "Hooli", "Won Corp");
    }

    @Test
    void rows_afterAnEditThatClosesADeal_moveItToTheEnd() {
        workspace.apply("close", d -> d.withProspect(d.prospect(acme.id()).orElseThrow()
                .movedTo(StageModel.CLOSED_LOST, NOW.toLocalDate())));
        assertThat(visible()).containsExactly("Initech", "Globex", "Acme Logistics");
    }

    @Test
    void stageRenamedInSettings_rowsShowTheNewNameAndUndoBringsTheOldBack() {
        workspace.apply("Rename Discovery to Qualify", d -> com.salescallplanner.domain.SalesProcess.renameStage(d,
                StageModel.DISCOVERY, "Qualify", ""));
        assertThat(vm.rows()).filteredOn(r -> r.prospect().id().equals(acme.id())).extracting(ProspectRow::stageName)
                .containsExactly("Qualify");
        assertThat(vm.stageChoices()).extracting(Stage::name).contains("Qualify");
        workspace.undo();
        assertThat(vm.rows()).filteredOn(r -> r.prospect().id().equals(acme.id())).extracting(ProspectRow::stageName)
                .containsExactly("Discovery");
    }
}
