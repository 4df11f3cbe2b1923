package com.salescallplanner.ui;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.model.Workspace;

import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.DISCOVERY);
    private final CallPlan reviewedLater = TestData.call(acme, NOW.plusDays(3), "a", "b");
    private final CallPlan next = TestData.call(acme, NOW.plusDays(1), "a", "b");
    private final Workspace workspace = TestData.workspace(PlannerData.empty().withProspect(acme)
            .withCall(reviewedLater).withCall(next));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final MainViewModel vm = new MainViewModel(workspace, dialogs, now -> PlannerData.empty());

    @Test
    void navigate_refusedByThePage_staysPut() {
        vm.showProspect(acme.id());
        vm.setLeaveGuard(() -> false);
        assertThat(vm.navigate(new Page.Home(Section.HELP))).isFalse();
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
    }

    @Test
    void startCallForCurrent_startsTheEarliestOpenCall() {
        assertThat(vm.startCallForCurrent()).isFalse();
        vm.showProspect(acme.id());
        assertThat(vm.startCallForCurrent()).isTrue();
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.CallMode(next.id()));
    }

    @Test
    void planCallForCurrent_withACallAhead_asks_andPlansAnotherOnlyWhenTold() {
        vm.currentProspectProperty().set(acme.id());
        dialogs.choosing(1);
        assertThat(vm.planCallForCurrent()).isTrue();
        assertThat(dialogs.choices).containsExactly("Plan a call / Open the planned call / Plan another call");
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.PlanEditor(acme.id(), null));
    }

    @Test
    void planCall_withACallAhead_opensThatCall_whenTheRepTakesTheDefault() {
        dialogs.choosing(0);
        vm.planCall(acme.id());
        assertThat(dialogs.confirmations.get(0)).contains("A call with Acme is already planned");
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.PlanEditor(acme.id(), next.id()));
    }

    @Test
    void planCall_cancelled_staysOnThePage_andMakesNothing() {
        vm.showProspect(acme.id());
        vm.planCall(acme.id()); // no answer scripted: Cancel
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
        assertThat(workspace.data().callsOf(acme.id())).hasSize(2);
    }

    @Test
    void planCall_withADraftInThePast_asksAboutTheDraft() {
        Prospect globex = TestData.prospect("Globex", StageModel.DISCOVERY);
        CallPlan draft = CallPlan.draft(globex.id(), NOW.minusDays(2), java.time.Duration.ofMinutes(30),
                StageModel.DISCOVERY);
        workspace.apply("Add Globex", d -> d.withProspect(globex).withCall(draft));
        dialogs.choosing(0);
        vm.planCall(globex.id());
        assertThat(dialogs.confirmations.get(0)).startsWith("A draft call with Globex is already planned");
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.PlanEditor(globex.id(), draft.id()));
    }

    @Test
    void planCall_withOnlyAPastCallAwaitingItsReview_plansANewCallWithoutAsking() {
        Prospect globex = TestData.prospect("Globex", StageModel.DISCOVERY);
        CallPlan held = TestData.call(globex, NOW.minusDays(2), "a", "b");
        workspace.apply("Add Globex", d -> d.withProspect(globex).withCall(held));
        vm.planCall(globex.id());
        assertThat(dialogs.choices).isEmpty();
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.PlanEditor(globex.id(), null));
    }

    @Test
    void planCallForCurrent_withoutAProspect_saysWhy() {
        assertThat(vm.planCallForCurrent()).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo(MainViewModel.NO_CURRENT_PROSPECT);
    }

    @Test
    void undo_thatRemovesTheShownProspect_fallsBackToTheList() {
        Prospect globex = TestData.prospect("Globex", StageModel.DISCOVERY);
        workspace.apply("Add Globex", d -> d.withProspect(globex));
        vm.showProspect(globex.id());
        vm.undo();
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.Home(Section.PROSPECTS));
    }

    @Test
    void firstRun_isOfferedOnlyWhileThereAreNoProspects() {
        Workspace empty = TestData.workspace(PlannerData.empty());
        MainViewModel fresh = new MainViewModel(empty, dialogs,
                now -> PlannerData.empty().withProspect(TestData.prospect("Sample", StageModel.DISCOVERY)));
        assertThat(fresh.firstRunProperty().get()).isTrue();
        fresh.loadSampleData();
        assertThat(fresh.firstRunProperty().get()).isFalse();
        empty.undo();
        assertThat(fresh.firstRunProperty().get()).isTrue();
    }

    @Test
    void opened_readOnly_flagsTheWorkspaceWithTheReason_andRefusesForms() {
        vm.file().loadingProperty().set(true);
        vm.file().opened(workspace.data(), "From a newer version.", "");

        assertThat(workspace.readOnlyProperty().get()).isTrue();
        assertThat(vm.file().readOnlyReasonProperty().get()).isEqualTo("From a newer version.");
        assertThat(vm.file().loadingProperty().get()).isFalse();
        vm.showProspect(acme.id());
        vm.planCall(acme.id());
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.ProspectDetail(acme.id()));
        assertThat(vm.noticeProperty().get()).isEqualTo(MainViewModel.READ_ONLY_REFUSAL);
    }

    @Test
    void opened_writableWithANotice_keepsTheNoticeUntilDismissed() {
        vm.file().opened(workspace.data(), "", "Converted from format 1.");

        assertThat(workspace.readOnlyProperty().get()).isFalse();
        assertThat(vm.file().fileNoticeProperty().get()).isEqualTo("Converted from format 1.");
        vm.file().dismissFileNotice();
        assertThat(vm.file().fileNoticeProperty().get()).isEmpty();
        dialogs.choosing(1);
        vm.planCall(acme.id());
        assertThat(vm.pageProperty().get()).isEqualTo(new Page.PlanEditor(acme.id(), null));
    }

    @Test
    void removeSampleData_confirmed_removesTheSamplesOnly_andUndoBringsThemBack() {
        FakeDialogs asked = new FakeDialogs().confirming(true);
        PlannerData sample = com.salescallplanner.domain.sample.SampleGenerator.marked(12, 40, 5, NOW);
        Workspace mixed = TestData.workspace(sample.withProspect(acme).withCall(next));
        MainViewModel main = new MainViewModel(mixed, asked, now -> PlannerData.empty());
        assertThat(main.hasSampleDataProperty().get()).isTrue();

        main.removeSampleData();

        assertThat(asked.confirmations).singleElement().asString()
                .contains("12 sample prospects", "Your own 1 prospect and its calls stay");
        assertThat(mixed.data().prospects()).containsExactly(acme);
        assertThat(mixed.data().calls()).containsExactly(next);
        assertThat(main.hasSampleDataProperty().get()).isFalse();
        assertThat(main.noticeProperty().get()).isEqualTo("Removed 12 sample prospects and their calls.");
        main.undo();
        assertThat(mixed.data().prospects()).hasSize(13);
    }

    @Test
    void removeSampleData_declined_changesNothing() {
        FakeDialogs asked = new FakeDialogs().confirming(false);
        PlannerData data = com.salescallplanner.domain.sample.SampleGenerator.marked(5, 10, 5, NOW).withProspect(acme);
        Workspace ws = TestData.workspace(data);
        new MainViewModel(ws, asked, now -> PlannerData.empty()).removeSampleData();
        assertThat(ws.data()).isSameAs(data);
    }
}
