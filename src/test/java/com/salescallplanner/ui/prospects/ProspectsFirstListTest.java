package com.salescallplanner.ui.prospects;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The list while a large file opens (issue 15): the prospects show as soon as they are read, with
 * what only calls can tell (the next call, "Outcome missing", "Stranded") left out until the calls
 * are in, and then every row computed from the whole data.
 */
class ProspectsFirstListTest {
    private final Prospect acme = TestData.prospect("Acme Logistics", StageModel.DISCOVERY);
    private final Prospect initech = TestData.prospect("Initech", StageModel.PROPOSAL);
    private final PlannerData prospectsOnly = PlannerData.empty().withProspect(acme).withProspect(initech);
    private final PlannerData whole = prospectsOnly.withCall(TestData.call(initech, NOW.minusDays(1), "a", "b"));
    private final Workspace workspace = TestData.workspace(PlannerData.empty());
    private final ProspectListViewModel vm = new ProspectListViewModel(workspace,
            new ProspectActions(new WorkspaceEditor(workspace, new FakeDialogs())), new RecordingNavigator());

    private List<String> shown() {
        return vm.rows().stream().map(r -> r.prospect().company() + (r.flagText().isEmpty() ? "" : " (" + r.flagText() + ")"))
                .toList();
    }

    @Test
    void prospectsRead_whileLoading_showsThemWithoutCallFlags_andSaysTheCallsAreComing() {
        vm.loadingProperty().set(true);
        vm.prospectsFirstProperty().set(prospectsOnly);

        assertThat(shown()).containsExactlyInAnyOrder("Acme Logistics", "Initech");
        assertThat(vm.callsPendingProperty().get()).isTrue();
        assertThat(vm.countTextProperty().get()).isEqualTo("2 prospects");
        vm.queryProperty().set("init");
        assertThat(shown()).containsExactly("Initech");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 of 2 prospects");
    }

    @Test
    void wholeDataIn_afterTheProspects_everyRowIsComputedWithItsCalls() {
        vm.loadingProperty().set(true);
        vm.prospectsFirstProperty().set(prospectsOnly);
        // As FileState.opened does it: the workspace first, then the prospects alone are dropped.
        workspace.reset(whole);
        vm.prospectsFirstProperty().set(null);
        vm.loadingProperty().set(false);

        assertThat(vm.callsPendingProperty().get()).isFalse();
        assertThat(shown()).containsExactly("Initech (Outcome missing, stranded)", "Acme Logistics (Stranded)");
        assertThat(vm.rows().stream().filter(r -> r.prospect().equals(initech)).findFirst().orElseThrow().nextCall())
                .isNull(); // its only call was yesterday
        assertThat(vm.countTextProperty().get()).isEqualTo("2 prospects");
    }

    @Test
    void openingFails_afterTheProspects_theListEmptiesAgain() {
        vm.loadingProperty().set(true);
        vm.prospectsFirstProperty().set(prospectsOnly);
        vm.prospectsFirstProperty().set(null);

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.callsPendingProperty().get()).isFalse();
    }

    @Test
    void rowsMadeAhead_forTheDataThatComes_areTheRowsShown_noneMadeAgain() throws Exception {
        vm.loadingProperty().set(true);
        vm.prospectsFirstProperty().set(prospectsOnly);
        ProspectListViewModel.PreparedRows[] made = new ProspectListViewModel.PreparedRows[1];
        Thread reading = new Thread(() -> made[0] = ProspectListViewModel.rowsFor(whole, workspace.now()));
        reading.start();
        reading.join();

        vm.adopt(made[0]);
        workspace.reset(whole);
        vm.prospectsFirstProperty().set(null);
        vm.loadingProperty().set(false);

        assertThat(shown()).containsExactly("Initech (Outcome missing, stranded)", "Acme Logistics (Stranded)");
        // The very rows made on the other thread: the JavaFX thread made none of its own.
        assertThat(vm.rows()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(vm.rows().get(i)).isSameAs(made[0].rows().get(i));
        }
    }

    @Test
    void rowsMadeAhead_forOtherData_areIgnored() {
        vm.adopt(ProspectListViewModel.rowsFor(prospectsOnly, workspace.now())); // read, then the rep restored a backup
        workspace.reset(whole);

        assertThat(shown()).containsExactly("Initech (Outcome missing, stranded)", "Acme Logistics (Stranded)");
    }
}
