package com.salescallplanner.ui.today;

import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.TODAY;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.today.TodayViewModel.CallEntry;
import com.salescallplanner.ui.today.TodayViewModel.DayHeading;
import com.salescallplanner.ui.today.TodayViewModel.Entry;
import com.salescallplanner.ui.today.TodayViewModel.NothingToday;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TodayViewModelTest {
    private static final Prospect ACME = prospect("acme", "Acme", null, DISCOVERY, "2025-02-01");
    private static final Prospect BETA = prospect("beta", "Beta", null, EVALUATION, "2025-01-01");

    private final RecordingNavigator navigator = new RecordingNavigator();

    private TodayViewModel viewModel(List<com.salescallplanner.domain.CallPlan> calls) {
        Workspace ws = new Workspace(data(List.of(ACME, BETA), calls), Clock.fixed(NOW.toInstant(), ZONE));
        return new TodayViewModel(ws, navigator, RefreshMode.IMMEDIATE, new Formats(Locale.UK));
    }

    @Test
    void agenda_headingThenCallsPerDay_todayFirst() {
        TodayViewModel vm = viewModel(List.of(planned("t1", ACME, at("2025-03-12T14:00"), DISCOVERY),
                planned("t2", BETA, at("2025-03-14T09:00"), EVALUATION)));

        List<Entry> entries = vm.agenda();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0)).isEqualTo(new DayHeading(TODAY, "Today", 1));
        assertThat(((CallEntry) entries.get(1)).call().call().id().value()).isEqualTo("t1");
        assertThat(((DayHeading) entries.get(2)).title()).isEqualTo("Friday, 14 Mar 2025");
        assertThat(vm.headlineProperty().get()).isEqualTo("Wednesday, 12 Mar 2025 · 1 call today");
    }

    @Test
    void noCallsToday_offersToPlanOneWithTheLongestIdleStrandedProspect() {
        // Acme has a call on Friday; Beta has nothing and has waited longest in its stage.
        TodayViewModel vm = viewModel(List.of(planned("t2", ACME, at("2025-03-14T09:00"), DISCOVERY)));

        assertThat(vm.agenda().get(0)).isEqualTo(new DayHeading(TODAY, "Today", 0));
        NothingToday empty = (NothingToday) vm.agenda().get(1);
        assertThat(empty.suggestion()).hasValueSatisfying(s -> assertThat(s.prospect()).isEqualTo(BETA));
        assertThat(empty.noOpenProspects()).isFalse();
    }

    @Test
    void noProspectsAtAll_saysSoInsteadOfPraisingTheNextSteps() {
        Workspace ws = new Workspace(data(List.of(), List.of()), Clock.fixed(NOW.toInstant(), ZONE));
        TodayViewModel vm = new TodayViewModel(ws, navigator, RefreshMode.IMMEDIATE, new Formats(Locale.UK));

        NothingToday empty = (NothingToday) vm.agenda().get(1);
        assertThat(empty.suggestion()).isEmpty();
        assertThat(empty.noOpenProspects()).isTrue();
    }

    @Test
    void needsReview_listsEndedCallsWithoutOutcome_andTheHeadlineCountsThem() {
        TodayViewModel vm = viewModel(List.of(planned("past", ACME, at("2025-03-11T09:00"), DISCOVERY)));

        assertThat(vm.needsReview()).extracting(c -> c.call().id().value()).containsExactly("past");
        assertThat(vm.headlineProperty().get()).endsWith("no calls today · 1 call needs a review");
    }

    @Test
    void actions_askTheNavigator() {
        TodayViewModel vm = viewModel(List.of(planned("t1", ACME, at("2025-03-12T14:00"), DISCOVERY),
                planned("past", BETA, at("2025-03-11T09:00"), EVALUATION)));
        CallEntry today = (CallEntry) vm.agenda().get(1);

        vm.startCall(today.call());
        vm.editPlan(today.call());
        vm.review(vm.needsReview().get(0));
        vm.planCall(BETA.id());

        assertThat(navigator.visits).containsExactly("call:t1", "edit:t1", "review:past",
                "plan:beta");
    }

    @Test
    void openProspects_asksTheWindowForTheProspectList() {
        TodayViewModel vm = viewModel(List.of());
        vm.openProspects();
        assertThat(navigator.visits).containsExactly("prospects");
    }

    @Test
    void objectiveLine_shortensLongText_andFlagsAMissingObjective() {
        String longText = "The CFO and the head of IT agree to a two-day technical workshop with our architects "
                + "at their site before the end of the month";
        String line = TodayViewModel.objectiveLine(Objective.of(Level.STRETCH, longText));

        assertThat(line).startsWith("Stretch: The CFO and the head of IT").endsWith("…");
        assertThat(line).hasSize("Stretch: ".length() + TodayViewModel.OBJECTIVE_CHARS);
        assertThat(TodayViewModel.objectiveLine(Objective.empty(Level.CONSERVATIVE)))
                .isEqualTo("Conservative: not written yet");
    }
}
