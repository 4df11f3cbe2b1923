package com.salescallplanner.ui.plan;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import org.junit.jupiter.api.Test;

/** Issue 14, item 6, without a screen: a duration is refused where it is typed; a past date asks first. */
class ScheduleChecksTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.EVALUATION);
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final PlanEditorViewModel vm = new PlanEditorViewModel(new WorkspaceEditor(workspace, dialogs),
            new RecordingNavigator(), new PlanEditorViewModelTest.ScriptedAdvisor(), acme.id(), null);

    @Test
    void duration_malformed_isRefusedWhereTyped_keptAsTyped_andBlocksTheSave() {
        ScheduleModel s = vm.schedule();
        s.minutesTextProperty().set("99:99");
        assertThat(s.minutesTextProperty().get()).isEqualTo("99:99"); // not replaced by 30
        assertThat(s.minutesProperty().get()).isNull();
        assertThat(s.minutesErrorProperty().get()).isEqualTo("Duration must be whole minutes from 5 to 720, not '99:99'.");
        assertThat(vm.save()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("not '99:99'");
        assertThat(workspace.data().calls()).isEmpty();
        s.minutesTextProperty().set("721");
        assertThat(s.minutesErrorProperty().get()).isNotEmpty();
        s.minutesTextProperty().set(" 45 ");
        assertThat(s.minutesErrorProperty().get()).isEmpty();
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().calls().get(0).duration().toMinutes()).isEqualTo(45);
    }

    @Test
    void pastDate_asksBeforeSaving_andNoSavesNothing() {
        vm.dateProperty().set(NOW.toLocalDate().minusDays(3));
        dialogs.confirming(false, true);
        assertThat(vm.save()).isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString().contains("in the past")
                .contains(" on 28 Feb 2025,"); // as the date field writes it, not 2025-02-28
        assertThat(workspace.data().calls()).isEmpty();
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().calls()).hasSize(1);
        assertThat(vm.save()).isPresent(); // its own past time again: no question
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void dueDateSetBeforeTheCall_asksBeforeSaving_andNoSavesNothing() {
        vm.dateProperty().set(NOW.toLocalDate().plusDays(10));
        ObjectiveModel stretch = vm.objective(Level.STRETCH);
        stretch.textProperty().set("The CIO commits the team to a pilot");
        stretch.dueProperty().set(NOW.toLocalDate().plusDays(4));
        dialogs.confirming(false, true);
        assertThat(vm.save()).isEmpty();
        assertThat(dialogs.questions).containsExactly("Due before the call / Save anyway");
        assertThat(dialogs.confirmations).singleElement().asString().isEqualTo(
                "The stretch objective is due 7 Mar 2025, before the call itself (13 Mar 2025). Save anyway?");
        assertThat(workspace.data().calls()).isEmpty();
        assertThat(vm.save()).isPresent();
        assertThat(workspace.data().calls().get(0).stretch().due()).isEqualTo(NOW.toLocalDate().plusDays(4));

        stretch.dueProperty().set(NOW.toLocalDate().plusDays(12)); // after the call: no question
        assertThat(vm.save()).isPresent();
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void futureDate_savesWithoutAsking_andThePlaceholderIsInTheFuture() {
        assertThat(vm.save()).isPresent(); // a new plan proposes tomorrow
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(vm.exampleDate()).isAfter(NOW.toLocalDate());
    }
}
