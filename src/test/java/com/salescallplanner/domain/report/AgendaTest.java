package com.salescallplanner.domain.report;

import static com.salescallplanner.domain.OutcomeType.ADVANCE;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.report.Fixtures.NOW;
import static com.salescallplanner.domain.report.Fixtures.TODAY;
import static com.salescallplanner.domain.report.Fixtures.at;
import static com.salescallplanner.domain.report.Fixtures.data;
import static com.salescallplanner.domain.report.Fixtures.date;
import static com.salescallplanner.domain.report.Fixtures.planned;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static com.salescallplanner.domain.report.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Prospect;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final Prospect ACME = prospect("a", "Acme", null, DISCOVERY, "2025-02-01");

    // Now is Wednesday 12 March 2025, 10:00 in Berlin; the agenda runs to Wednesday 19 March.
    private final Agenda agenda = Agenda.of(data(List.of(ACME), List.of(
            planned("t1", ACME, at("2025-03-12T14:00"), DISCOVERY),
            planned("t2", ACME, at("2025-03-12T09:00"), Duration.ofMinutes(30), DISCOVERY),
            planned("t3", ACME, at("2025-03-12T09:30"), Duration.ofMinutes(60), DISCOVERY),
            planned("t4", ACME, at("2025-03-19T16:00"), DISCOVERY),
            planned("t5", ACME, at("2025-03-20T08:00"), DISCOVERY),
            reviewed("t6", ACME, at("2025-03-10"), DISCOVERY, ADVANCE, true, true),
            planned("t7", ACME, at("2025-03-05"), DISCOVERY),
            planned("t8", ACME, ZonedDateTime.of(2025, 3, 13, 23, 30, 0, 0, ZoneOffset.UTC), DISCOVERY))), NOW);

    @Test
    void days_todayFirst_thenDaysWithCalls_upToSevenDaysAhead() {
        assertThat(agenda.days()).extracting(AgendaDay::date)
                .containsExactly(TODAY, date("2025-03-14"), date("2025-03-19"));
        assertThat(agenda.days().get(2).calls()).extracting(c -> c.call().id().value()).containsExactly("t4");
    }

    @Test
    void today_includesTheRunningCall_notTheEndedOne_earliestFirst() {
        assertThat(agenda.todaysCalls()).extracting(c -> c.call().id().value()).containsExactly("t3", "t1");
    }

    @Test
    void callAfterMidnightInTheRepsZone_isShownOnThatDay() {
        AgendaCall t8 = agenda.days().get(1).calls().get(0);
        assertThat(t8.call().id().value()).isEqualTo("t8");
        assertThat(t8.start().toLocalTime()).hasToString("00:30");
    }

    @Test
    void needsReview_endedCallsWithoutOutcome_mostRecentFirst() {
        assertThat(agenda.needsReview()).extracting(c -> c.call().id().value()).containsExactly("t2", "t7");
        assertThat(agenda.needsReview().get(0).stage().id()).isEqualTo(DISCOVERY);
    }

    @Test
    void noCallsToday_todayIsStillTheFirstDay_withoutCalls() {
        Agenda empty = Agenda.of(data(List.of(ACME), List.of(planned("x", ACME, at("2025-03-13"), DISCOVERY))), NOW);
        assertThat(empty.days()).extracting(AgendaDay::date).containsExactly(TODAY, date("2025-03-13"));
        assertThat(empty.todaysCalls()).isEmpty();
    }
}
