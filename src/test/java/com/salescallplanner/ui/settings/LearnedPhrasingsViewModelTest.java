package com.salescallplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import org.junit.jupiter.api.Test;

/** Settings > Learned phrasings without a screen: the list follows the data; forgetting is undoable. */
class LearnedPhrasingsViewModelTest {
    private final LearnedPhrasing kit = new LearnedPhrasing("<name> run kit at her plant", CommitmentKind.EVALUATE,
            null, null);
    private final LearnedPhrasing thanks = new LearnedPhrasing("thank them for time", null, null, false);
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withLearned(kit).withLearned(thanks));
    private final SalesProcessViewModel process = new SalesProcessViewModel(new WorkspaceEditor(workspace,
            new FakeDialogs()));
    private final LearnedPhrasingsViewModel vm = process.learned();

    @Test
    void forget_removesThePhrasing_andUndoBringsItBack() {
        assertThat(vm.phrasings()).containsExactly(kit, thanks);
        vm.forget(kit);
        assertThat(workspace.data().learned()).containsExactly(thanks);
        assertThat(vm.phrasings()).containsExactly(thanks);
        workspace.undo();
        assertThat(vm.phrasings()).containsExactly(kit, thanks);
        assertThat(workspace.data().learned()).containsExactly(kit, thanks);
    }

    @Test
    void describe_saysWhatTheRepCorrected() {
        assertThat(kit.describe()).isEqualTo("kind Evaluate");
        assertThat(thanks.describe()).isEqualTo("no buyer commitment");
        assertThat(new LearnedPhrasing("x", null, "", true).describe())
                .isEqualTo("no owner on the buyer's side, a buyer commitment");
    }
}
