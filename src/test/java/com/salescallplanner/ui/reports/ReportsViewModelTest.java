package com.salescallplanner.ui.reports;

import static com.salescallplanner.domain.OutcomeType.ADVANCE;
import static com.salescallplanner.domain.OutcomeType.CONTINUATION;
import static com.salescallplanner.domain.OutcomeType.ORDER;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static com.salescallplanner.domain.report.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.report.HitRates;
import com.salescallplanner.domain.report.Rate;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.reports.ReportsViewModel.RateRow;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportsViewModelTest {
    // Now is 12 March 2025.
    private static final Prospect ACME = prospect("acme", "Acme", 1000, DISCOVERY, "2025-01-01", EVALUATION,
            "2025-02-10");
    private static final Prospect BETA = prospect("beta", "Beta", 500, DISCOVERY, "2025-03-02");

    /*
     * Acme: 10 Jan Discovery ADVANCE (stretch, conservative), 20 Jan Discovery CONTINUATION (none),
     *       10 Feb Evaluation ORDER (stretch, conservative), and a call planned for 14 March.
     * Beta: no calls at all, so stranded with no dated next step, 10 days in Discovery.
     * Overall: 3 reviewed, stretch 2 of 3 (67%), conservative 2 of 3, advance 2 of 3.
     */
    private final Workspace workspace = new Workspace(data(List.of(ACME, BETA), List.of(
            reviewed("a1", ACME, at("2025-01-10"), DISCOVERY, ADVANCE, true, true),
            reviewed("a2", ACME, at("2025-01-20"), DISCOVERY, CONTINUATION, false, false),
            reviewed("a3", ACME, at("2025-02-10"), EVALUATION, ORDER, true, true),
            planned("a4", ACME, at("2025-03-14"), EVALUATION))), Clock.fixed(NOW.toInstant(), ZONE));
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final ReportsViewModel vm = new ReportsViewModel(workspace, navigator, RefreshMode.IMMEDIATE,
            new Formats(Locale.UK));

    @Test
    void overallSummary_givesEachRateWithItsCounts() {
        assertThat(vm.overallSummaryProperty().get()).isEqualTo("Across 3 reviewed calls: stretch met 67% (2 of 3), "
                + "conservative met 67% (2 of 3), advances 67% (2 of 3).");
    }

    @Test
    void ratesByStage_oneRowPerOpenStage_namedAsTheRepSeesThem() {
        assertThat(vm.ratesByStage()).extracting(RateRow::label)
                .containsExactly("Prospecting", "Discovery", "Evaluation", "Proposal", "Negotiation");
        assertThat(vm.ratesByStage().get(1).rates())
                .isEqualTo(new HitRates(2, new Rate(1, 2), new Rate(1, 2), new Rate(1, 2)));
    }

    @Test
    void ratesByMonth_labelsMonthsInTheRepsLocale() {
        assertThat(vm.ratesByMonth()).extracting(RateRow::label).containsExactly("Jan 2025", "Feb 2025");
    }

    @Test
    void openByStage_andSummary_countOpenProspectsAndAmounts() {
        assertThat(vm.openSummaryProperty().get()).isEqualTo("2 open prospects worth 1,500.");
        assertThat(vm.openByStage().get(1).count()).isEqualTo(1);
    }

    @Test
    void stranded_listsTheProspectWithoutANextStep_andPlanningItAsksTheNavigator() {
        assertThat(vm.stranded()).extracting(s -> s.prospect().company()).containsExactly("Beta");
        assertThat(vm.strandedSummaryProperty().get())
                .isEqualTo("1 of 2 open prospects are stranded: plan a call that asks for a commitment.");

        vm.planNextCall(vm.stranded().get(0));
        vm.openProspect(BETA.id());

        assertThat(navigator.visits).containsExactly("plan:beta", "prospect:beta");
    }

    @Test
    void dataChange_recomputes_theStrandedListEmpties() {
        workspace.apply("Plan a call with Beta", d -> d.withCall(planned("b1", BETA, at("2025-03-13"), DISCOVERY)));

        assertThat(vm.stranded()).isEmpty();
        assertThat(vm.strandedSummaryProperty().get()).startsWith("No stranded prospects");
    }

    @Test
    void hidden_skipsRecomputing_andCatchesUpWhenShownAgain() {
        vm.setShowing(false);
        workspace.apply("Plan a call with Beta", d -> d.withCall(planned("b1", BETA, at("2025-03-13"), DISCOVERY)));
        assertThat(vm.stranded()).extracting(s -> s.prospect().company()).containsExactly("Beta");

        vm.setShowing(true);

        assertThat(vm.stranded()).isEmpty();
    }

    @Test
    void noReviewedCalls_saysSoInsteadOfShowingZeroRates() {
        workspace.reset(data(List.of(BETA), List.of()));

        assertThat(vm.overallSummaryProperty().get())
                .isEqualTo("No reviewed calls yet: rates appear once calls have an outcome.");
        assertThat(vm.ratesByMonth()).isEmpty();
    }

    @Test
    void range_lastQuarter_countsOnlyTheCallsOfThatQuarter_andSaysSo() {
        // Now is 12 March 2025: last quarter is October to December 2024, with no calls; this quarter has all three.
        vm.rangeProperty().set(ReportRange.LAST_QUARTER);
        assertThat(vm.overallSummaryProperty().get()).startsWith("No reviewed calls last quarter");
        assertThat(vm.ratesByMonth()).isEmpty();

        vm.rangeProperty().set(ReportRange.LAST_30_DAYS); // 11 Feb to 12 March: not the 10 Feb order
        assertThat(vm.overallSummaryProperty().get()).isEqualTo("No reviewed calls in the last 30 days: "
                + "choose a longer period, or review the calls you made.");

        vm.rangeProperty().set(ReportRange.LAST_90_DAYS); // from 13 Dec 2024: all three
        assertThat(vm.overallSummaryProperty().get()).startsWith("Across 3 reviewed calls in the last 90 days: ");
        assertThat(vm.stranded()).extracting(s -> s.prospect().id().value()).contains("beta");
    }

    @Test
    void range_thisYear_fromJanuaryFirst() {
        vm.rangeProperty().set(ReportRange.THIS_YEAR);
        assertThat(vm.ratesByMonth()).extracting(RateRow::label).containsExactly("Jan 2025", "Feb 2025");
        assertThat(ReportRange.THIS_QUARTER.period(NOW.toLocalDate()).from()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        assertThat(ReportRange.LAST_QUARTER.period(NOW.toLocalDate()).to()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
    }
}
