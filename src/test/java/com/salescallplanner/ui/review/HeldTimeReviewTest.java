package com.salescallplanner.ui.review;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.plan.BasicPlanAdvisor;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The review records when the call really ran: call mode's start, or the time the rep gives. */
class HeldTimeReviewTest {
    private final Prospect acme = TestData.prospect("Acme", StageModel.EVALUATION);
    private final FakeDialogs dialogs = new FakeDialogs();
    private Workspace workspace;
    private CallPlan call;

    private ReviewViewModel review(CallPlan c) {
        call = c;
        workspace = TestData.workspace(PlannerData.empty().withProspect(acme).withCall(c));
        return new ReviewViewModel(new WorkspaceEditor(workspace, dialogs), new RecordingNavigator(),
                new BasicPlanAdvisor(workspace::data), c.id());
    }

    private Instant savedStart() {
        return workspace.data().call(call.id()).orElseThrow().progress().startedAt();
    }

    @Test
    void withoutCallMode_theReviewOffersThePlannedTime_andSavesTheTimeTheRepGives() {
        ReviewViewModel vm = review(TestData.call(acme, NOW.minusDays(1).withHour(14).withMinute(0), "s", "c"));
        assertThat(vm.held().dateProperty().get()).isEqualTo(NOW.minusDays(1).toLocalDate());
        assertThat(vm.held().timeProperty().get()).isEqualTo("14:00");
        assertThat(vm.held().source()).contains("planned time");

        vm.held().timeProperty().set("14:25");
        assertThat(vm.save()).isTrue();

        assertThat(savedStart()).isEqualTo(NOW.minusDays(1).withHour(14).withMinute(25).toInstant());
    }

    @Test
    void withoutCallMode_leftAsItIs_recordsThePlannedTime() {
        ReviewViewModel vm = review(TestData.call(acme, NOW.minusDays(1).withHour(14).withMinute(0), "s", "c"));
        assertThat(vm.save()).isTrue();
        assertThat(savedStart()).isEqualTo(call.start().toInstant());
    }

    @Test
    void afterCallMode_theReviewShowsCallModesStart_andKeepsItToTheSecond() {
        Instant began = NOW.minusDays(1).withHour(14).withMinute(7).withSecond(33).toInstant();
        CallPlan c = TestData.call(acme, NOW.minusDays(1).withHour(14).withMinute(0), "s", "c");
        ReviewViewModel vm = review(c.withProgress(c.progress().started(began)));
        assertThat(vm.held().timeProperty().get()).isEqualTo("14:07");
        assertThat(vm.held().source()).startsWith("Started in call mode at");

        assertThat(vm.save()).isTrue();

        assertThat(savedStart()).isEqualTo(began);
    }

    @Test
    void aTimeThatIsNoTime_isRefusedNamingWhatWasTyped_andNothingIsSaved() {
        ReviewViewModel vm = review(TestData.call(acme, NOW.minusDays(1).withHour(14).withMinute(0), "s", "c"));
        PlannerData before = workspace.data();
        vm.held().timeProperty().set("25:99");

        assertThat(vm.save()).isFalse();

        assertThat(dialogs.errors).singleElement().asString().contains("must look like 14:30, not '25:99'");
        assertThat(workspace.data()).isSameAs(before);
    }
}
