package com.salescallplanner.domain.report;

import static com.salescallplanner.domain.OutcomeType.ADVANCE;
import static com.salescallplanner.domain.OutcomeType.CONTINUATION;
import static com.salescallplanner.domain.OutcomeType.NO_SALE;
import static com.salescallplanner.domain.OutcomeType.ORDER;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.NEGOTIATION;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.StageModel.PROPOSAL;
import static com.salescallplanner.domain.report.Fixtures.ZONE;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static com.salescallplanner.domain.report.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class HitRateReportTest {
    private static final Prospect ACME = prospect("acme", "Acme", 1000, PROSPECTING, "2025-01-01");

    /*
     * Five reviewed calls and one planned call, worked out by hand:
     *   c1 Discovery  10 Jan  ADVANCE       stretch yes  conservative yes
     *   c2 Discovery  20 Jan  CONTINUATION  no           no
     *   c3 Discovery   5 Feb  ADVANCE       no           yes
     *   c4 Evaluation 10 Feb  ORDER         yes          yes
     *   c5 Evaluation 28 Feb 23:30 UTC = 1 Mar 00:30 in Berlin, NO_SALE, no, no
     *   c6 Prospecting 20 Mar planned: not counted
     */
    private static final PlannerData DATA = data(List.of(ACME), List.of(
            reviewed("c1", ACME, at("2025-01-10"), DISCOVERY, ADVANCE, true, true),
            reviewed("c2", ACME, at("2025-01-20"), DISCOVERY, CONTINUATION, false, false),
            reviewed("c3", ACME, at("2025-02-05"), DISCOVERY, ADVANCE, false, true),
            reviewed("c4", ACME, at("2025-02-10"), EVALUATION, ORDER, true, true),
            reviewed("c5", ACME, ZonedDateTime.of(2025, 2, 28, 23, 30, 0, 0, ZoneOffset.UTC), EVALUATION, NO_SALE,
                    false, false),
            planned("c6", ACME, at("2025-03-20"), PROSPECTING)));

    private final HitRateReport report = HitRateReport.of(DATA, ZONE);

    @Test
    void overall_fiveReviewedCalls_countsEachRateOverAllFive() {
        assertThat(report.overall().reviewed()).isEqualTo(5);
        assertThat(report.overall().stretch()).isEqualTo(new Rate(2, 5));
        assertThat(report.overall().conservative()).isEqualTo(new Rate(3, 5));
        assertThat(report.overall().advance()).isEqualTo(new Rate(3, 5));
    }

    @Test
    void byStage_groupsByStageAtPlanning_inProcessOrderWithEmptyOpenStages() {
        assertThat(report.byStage()).extracting(r -> r.stage().id())
                .containsExactly(PROSPECTING, DISCOVERY, EVALUATION, PROPOSAL, NEGOTIATION);
        HitRates discovery = report.byStage().get(1).rates();
        assertThat(discovery).isEqualTo(new HitRates(3, new Rate(1, 3), new Rate(2, 3), new Rate(2, 3)));
        HitRates evaluation = report.byStage().get(2).rates();
        assertThat(evaluation).isEqualTo(new HitRates(2, new Rate(1, 2), new Rate(1, 2), new Rate(1, 2)));
        assertThat(report.byStage().get(0).rates()).isEqualTo(HitRates.NONE);
    }

    @Test
    void byMonth_usesTheRepsTimeZone_forTheMonthOfACall() {
        assertThat(report.byMonth()).extracting(MonthHitRates::month)
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        assertThat(report.byMonth().get(0).rates())
                .isEqualTo(new HitRates(2, new Rate(1, 2), new Rate(1, 2), new Rate(1, 2)));
        assertThat(report.byMonth().get(1).rates())
                .isEqualTo(new HitRates(2, new Rate(1, 2), new Rate(2, 2), new Rate(2, 2)));
        assertThat(report.byMonth().get(2).rates())
                .isEqualTo(new HitRates(1, new Rate(0, 1), new Rate(0, 1), new Rate(0, 1)));
    }

    @Test
    void byMonth_inUtc_putsTheLateFebruaryCallInFebruary() {
        HitRateReport utc = HitRateReport.of(DATA, ZoneOffset.UTC);

        assertThat(utc.byMonth()).extracting(MonthHitRates::month)
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        assertThat(utc.byMonth().get(1).rates().reviewed()).isEqualTo(3);
    }

    @Test
    void rate_withoutCalls_hasNoShare() {
        assertThat(Rate.NONE.share()).isEmpty();
        assertThat(Rate.NONE.percent()).isEqualTo(-1);
        assertThat(new Rate(2, 3).percent()).isEqualTo(67);
        assertThat(new Rate(2, 3).counts()).isEqualTo("2 of 3");
    }

    @Test
    void period_february_countsOnlyTheCallsStartedThatMonthInTheRepsZone() {
        // c5 starts on 28 Feb in UTC but on 1 March in Berlin: outside February for a Berlin rep.
        HitRateReport feb = HitRateReport.of(DATA, ZONE,
                new ReportPeriod(java.time.LocalDate.of(2025, 2, 1), java.time.LocalDate.of(2025, 2, 28)));

        assertThat(feb.overall().reviewed()).isEqualTo(2);
        assertThat(feb.overall().stretch()).isEqualTo(new Rate(1, 2));
        assertThat(feb.overall().advance()).isEqualTo(new Rate(2, 2));
        assertThat(feb.byMonth()).extracting(MonthHitRates::month).containsExactly(YearMonth.of(2025, 2));
    }

    @Test
    void period_openEnded_includesTheBoundaryDay() {
        HitRateReport fromFeb5 = HitRateReport.of(DATA, ZONE, new ReportPeriod(java.time.LocalDate.of(2025, 2, 5), null));
        HitRateReport upToJan10 = HitRateReport.of(DATA, ZONE, new ReportPeriod(null, java.time.LocalDate.of(2025, 1, 10)));

        assertThat(fromFeb5.overall().reviewed()).isEqualTo(3);
        assertThat(upToJan10.overall().reviewed()).isEqualTo(1);
    }

    @Test
    void period_startAfterEnd_isRefusedWithBothDates() {
        assertThatThrownBy(() -> new ReportPeriod(java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 2, 1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("2025-03-01").hasMessageContaining("2025-02-01");
    }
}
