package com.salescallplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.LearnedPhrasings;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rep's corrections of the reading in the plan editor, learned when the plan is saved; no screen. */
class ReadingCorrectionTest {
    private static final String TEXT = "the plant manager runs the kit by Friday";

    private final Prospect acme = TestData.prospect("Acme", StageModel.EVALUATION, new Contact("Dana Kim", "CFO"));
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme));
    private final PlanEditorViewModel vm = new PlanEditorViewModel(new WorkspaceEditor(workspace, new FakeDialogs()),
            new RecordingNavigator(), new PlanEditorViewModelTest.ScriptedAdvisor(), acme.id(), null);
    private final ObjectiveModel stretch = vm.objective(Level.STRETCH);

    @Test
    void correctedKindAndOwner_areLearnedWithTheSave_asOneUndoableEdit() {
        stretch.textProperty().set(TEXT);
        assertThat(stretch.ownerProperty().get()).isEmpty(); // the scripted reader finds no owner here
        stretch.kindOverrideProperty().set(CommitmentKind.EVALUATE);
        stretch.ownerProperty().set("plant manager");
        LearnedPhrasing expected = new LearnedPhrasing(LearnedPhrasings.phrasing(TEXT), CommitmentKind.EVALUATE,
                "plant manager", null);
        assertThat(stretch.correction()).contains(expected);
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().learned()).containsExactly(expected);
        assertThat(stretch.correctedProperty().get()).isFalse();
        workspace.undo();
        assertThat(workspace.data().calls()).isEmpty();
        assertThat(workspace.data().learned()).isEmpty();
    }

    @Test
    void nothingCorrected_orAnOwnerTheTextDoesNotName_learnsNothingOfTheOwner() {
        stretch.textProperty().set(TEXT);
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().learned()).isEmpty();
        stretch.ownerProperty().set("Dana Kim");
        assertThat(stretch.correction()).isEmpty(); // only an owner the text names can apply to another text
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().learned()).isEmpty();
    }

    @Test
    void buyerCommitsAnswer_setsTheKind_andIsLearned() {
        stretch.textProperty().set("Dana reviews the pilot results with us");
        stretch.buyerCommitsProperty().set(false);
        assertThat(stretch.kindOverrideProperty().get()).isEqualTo(CommitmentKind.NONE);
        assertThat(stretch.correction()).hasValueSatisfying(l -> {
            assertThat(l.kind()).isEqualTo(CommitmentKind.NONE);
            assertThat(l.buyerCommits()).isNull();
        });
        stretch.buyerCommitsProperty().set(true);
        assertThat(stretch.kindOverrideProperty().get()).isNull();
        assertThat(stretch.correction()).hasValueSatisfying(l -> {
            assertThat(l.kind()).isNull();
            assertThat(l.buyerCommits()).isTrue();
        });
        stretch.kindOverrideProperty().set(CommitmentKind.NONE); // the kind now says "no": the answer yields
        assertThat(stretch.buyerCommitsProperty().get()).isNull();
    }

    @Test
    void example_replacesTheTextAndForgetsTheCorrection() {
        stretch.textProperty().set(TEXT);
        stretch.kindOverrideProperty().set(CommitmentKind.MUTUAL_PLAN);
        vm.useExample(Level.STRETCH, vm.examples().get(0));
        assertThat(stretch.correction()).isEmpty();
        assertThat(stretch.kindOverrideProperty().get()).isNull();
    }

    @Test
    void loadedPlanWithAChosenKind_isNoNewCorrection() {
        stretch.textProperty().set(TEXT);
        stretch.kindOverrideProperty().set(CommitmentKind.EVALUATE);
        vm.save();
        workspace.reset(workspace.data().withoutLearned(LearnedPhrasings.phrasing(TEXT)));
        PlanEditorViewModel reopened = new PlanEditorViewModel(new WorkspaceEditor(workspace, new FakeDialogs()),
                new RecordingNavigator(), new PlanEditorViewModelTest.ScriptedAdvisor(), acme.id(),
                workspace.data().calls().get(0).id());
        assertThat(reopened.objective(Level.STRETCH).correction()).isEmpty(); // forgotten in Settings stays forgotten
        reopened.save();
        assertThat(workspace.data().learned()).isEmpty();
    }

    @Test
    void ownerAndDue_setToTheValueRead_areNoEdit_andKeepFollowingTheText() {
        stretch.textProperty().set("Dana commits to a pilot by Friday");
        stretch.ownerProperty().set(new String("Dana")); // a field re-committing its text on focus loss
        stretch.dueProperty().set(LocalDate.of(2025, 3, 7));
        assertThat(stretch.ownerEditedProperty().get()).isFalse();
        assertThat(stretch.dueEditedProperty().get()).isFalse();
        stretch.textProperty().set("Ravi commits to a pilot");
        assertThat(stretch.ownerProperty().get()).isEmpty();
        assertThat(stretch.dueProperty().get()).isNull();
    }
}
