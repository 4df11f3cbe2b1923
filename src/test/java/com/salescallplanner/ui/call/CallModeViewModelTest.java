package com.salescallplanner.ui.call;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CallModeViewModelTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final CallPlan call = TestData.call(acme, NOW, "Dana brings the CIO to a demo", "Dana shares the figures");
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme).withCall(call));
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final CallModeViewModel vm = new CallModeViewModel(new WorkspaceEditor(workspace, dialogs), navigator,
            call.id());

    private CallPlan saved() {
        return workspace.data().call(call.id()).orElseThrow();
    }

    @Test
    void start_recordsWhenTheCallStarted() {
        assertThat(saved().progress().startedAt()).isEqualTo(NOW.toInstant());
    }

    @Test
    void toggle_writesTheTickIntoTheCallsProgress() {
        vm.toggle(Level.STRETCH);
        assertThat(saved().progress().stretchMet()).isTrue();
        vm.toggle(Level.STRETCH);
        assertThat(saved().progress().stretchMet()).isFalse();
        vm.toggle(Level.CONSERVATIVE);
        assertThat(saved().progress().conservativeMet()).isTrue();
    }

    @Test
    void undo_ofATick_showsTheUntickedBox() {
        vm.toggle(Level.CONSERVATIVE);
        workspace.undo();
        assertThat(vm.metProperty(Level.CONSERVATIVE).get()).isFalse();
    }

    @Test
    void notes_areKeptOnlyWhenCommittedAsOneEdit() {
        vm.notesProperty().set("Budget is approved");
        assertThat(saved().progress().notes()).isEmpty();
        vm.commitNotes();
        assertThat(saved().progress().notes()).isEqualTo("Budget is approved");
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Undo Call notes");
    }

    @Test
    void notesOverTheLimit_waitWhileTyping_withoutAnErrorAtEveryPause_thenCommitWhenShortened() {
        vm.notesProperty().set("Budget is approved");
        vm.commitNotesWhileTyping();
        String tooLong = "x".repeat(com.salescallplanner.domain.TextLimit.NOTES.max() + 1);
        vm.notesProperty().set(tooLong);
        vm.commitNotesWhileTyping();
        vm.commitNotesWhileTyping();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.notesProperty().get()).isEqualTo(tooLong);
        assertThat(workspace.data().call(call.id()).orElseThrow().progress().notes()).isEqualTo("Budget is approved");
        vm.notesProperty().set(tooLong.substring(1));
        vm.commitNotesWhileTyping();
        assertThat(workspace.data().call(call.id()).orElseThrow().progress().notes()).hasSize(10_000);
    }

    @Test
    void finish_commitsNotesAndOpensTheReview() {
        vm.notesProperty().set("Next: pilot");
        vm.finish();
        assertThat(saved().progress().notes()).isEqualTo("Next: pilot");
        assertThat(navigator.last()).isEqualTo("review:" + call.id());
    }

    @Test
    void tick_nearTheEnd_promptsToCloseNamingOpenObjectives() {
        vm.tick(NOW.toInstant().plus(Duration.ofMinutes(10)));
        assertThat(vm.closingProperty().get()).isFalse();
        assertThat(vm.timerProperty().get()).isEqualTo("10:00 / 30:00");
        vm.toggle(Level.CONSERVATIVE);
        vm.tick(NOW.toInstant().plus(Duration.ofMinutes(26)));
        assertThat(vm.closingProperty().get()).isTrue();
        assertThat(vm.closePromptProperty().get()).contains("Dana brings the CIO to a demo")
                .doesNotContain("Dana shares the figures");
    }

    @Test
    void tick_pastThePlannedDuration_isOvertime() {
        vm.tick(NOW.toInstant().plus(Duration.ofMinutes(31)));
        assertThat(vm.overtimeProperty().get()).isTrue();
    }
}
