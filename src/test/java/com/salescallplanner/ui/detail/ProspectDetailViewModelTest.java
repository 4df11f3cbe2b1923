package com.salescallplanner.ui.detail;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.prospects.ProspectActions;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProspectDetailViewModelTest {
    private final Contact dana = new Contact("Dana Kim", "CFO", "dana@acme.example");
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY, dana);
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme)
            .withCall(TestData.call(acme, NOW.minusDays(1), "a", "b")));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final WorkspaceEditor editor = new WorkspaceEditor(workspace, dialogs);
    private final ProspectDetailViewModel vm = new ProspectDetailViewModel(editor, navigator,
            new ProspectActions(editor), acme.id());

    private Prospect saved() {
        return workspace.data().prospect(acme.id()).orElseThrow();
    }

    private Stage stage(StageId id) {
        return vm.stageChoices().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pastCallWithoutOutcome_isFlaggedAndShownAsOutcomeMissing() {
        assertThat(vm.healthProperty().get().outcomeMissing()).isTrue();
        assertThat(vm.status(vm.calls().get(0))).isEqualTo("Outcome missing");
    }

    @Test
    void stage_changeToAnOpenStage_isRecordedInTheHistory() {
        vm.stageProperty().set(stage(StageModel.EVALUATION));
        assertThat(saved().stageId()).isEqualTo(StageModel.EVALUATION);
        assertThat(vm.history().get(0)).startsWith("Evaluation since");
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void stage_closedStageDeclined_staysAndShowsTheOldStage() {
        dialogs.confirming(false);
        vm.stageProperty().set(stage(StageModel.CLOSED_LOST));
        assertThat(saved().stageId()).isEqualTo(StageModel.DISCOVERY);
        assertThat(vm.stageProperty().get().id()).isEqualTo(StageModel.DISCOVERY);
        assertThat(dialogs.confirmations).hasSize(1);
    }

    @Test
    void contacts_addEditRemove() {
        dialogs.filling(Map.of("name", "Ravi Shah", "role", "IT lead", "email", ""));
        vm.addContact();
        assertThat(saved().contacts()).extracting(Contact::name).containsExactly("Dana Kim", "Ravi Shah");
        dialogs.filling(Map.of("name", "Dana Kim", "role", "CFO, economic buyer", "email", "dana@acme.example"));
        vm.editContact(dana);
        assertThat(saved().contacts().get(0).role()).isEqualTo("CFO, economic buyer");
        dialogs.confirming(true);
        vm.removeContact(saved().contacts().get(1));
        assertThat(saved().contacts()).extracting(Contact::name).containsExactly("Dana Kim");
    }

    @Test
    void contact_blankName_isRefusedWithAMessage() {
        dialogs.filling(Map.of("name", "  ", "role", "", "email", ""));
        vm.addContact();
        assertThat(saved().contacts()).hasSize(1);
        assertThat(dialogs.errors).singleElement().asString().contains("Contact name");
    }

    @Test
    void notes_areCommittedOnceAsOneUndoStep() {
        vm.notesProperty().set("Budget cycle starts in April");
        vm.commitNotes();
        vm.commitNotes();
        assertThat(saved().notes()).isEqualTo("Budget cycle starts in April");
        workspace.undo();
        assertThat(saved().notes()).isEmpty();
        assertThat(vm.notesProperty().get()).isEmpty();
    }

    @Test
    void meddpicc_fieldsAreSaved() {
        vm.qualification().fields().get("Champion").set("Ravi");
        vm.commitQualification();
        assertThat(saved().qualification().champion()).isEqualTo("Ravi");
    }

    @Test
    void notesOverTheLimit_waitWithTheMessage_noErrorDialog_andSurviveAnotherEdit_thenSaveOnceShortened() {
        String tooLong = "Budget signed off by the CFO. ".repeat(334); // 10,020 characters
        vm.notesProperty().set(tooLong);
        assertThat(vm.notesLimit().errorProperty().get())
                .isEqualTo("Notes is too long: 10,020 characters, at most 10,000 allowed.");
        vm.commitNotes(); // the field lost the focus
        assertThat(dialogs.errors).isEmpty();
        assertThat(saved().notes()).isEmpty();
        assertThat(vm.notesProperty().get()).isEqualTo(tooLong);

        vm.stageProperty().set(stage(StageModel.EVALUATION)); // another edit refreshes the page
        assertThat(vm.notesProperty().get()).as("the typed notes are not put back").isEqualTo(tooLong);

        assertThat(vm.canLeave()).as("Escape on the question stays").isFalse();
        assertThat(dialogs.choices).containsExactly(
                "Notes too long / Stay and shorten / Leave without saving the notes");
        assertThat(vm.notesProperty().get()).isEqualTo(tooLong);

        vm.notesProperty().set(tooLong.substring(0, 10_000));
        assertThat(vm.notesLimit().overProperty().get()).isFalse();
        vm.commitNotes();
        assertThat(saved().notes()).hasSize(10_000);
        assertThat(dialogs.errors).isEmpty();
    }
}
