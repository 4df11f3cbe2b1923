package com.salescallplanner.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TeamCallsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private static PlannerData withCall(String company, ZonedDateTime start, String stretch, String conservative) {
        Prospect p = Prospect.create(company, "", StageModel.DISCOVERY, LocalDate.of(2026, 2, 20));
        CallPlan c = CallPlan.draft(p.id(), start, Duration.ofMinutes(45), StageModel.DISCOVERY)
                .withObjective(Objective.of(Level.STRETCH, stretch))
                .withObjective(Objective.of(Level.CONSERVATIVE, conservative));
        return PlannerData.empty().withProspect(p).withCall(c);
    }

    @Test
    void upcoming_noConservativeCommitment_comesFirstThenByTime() {
        Map<String, PlannerData> team = new LinkedHashMap<>();
        team.put("ana", withCall("Acme", NOW.plusDays(1),
                "The CFO brings her IT team to a technical workshop next Tuesday",
                "Anna introduces us to the head of IT by Friday"));
        team.put("ben", withCall("Globex", NOW.plusDays(3),
                "The CFO brings her IT team to a technical workshop next Tuesday", "build rapport"));

        List<TeamCalls.Row> rows = TeamCalls.upcoming(team, NOW);

        assertThat(rows).extracting(TeamCalls.Row::rep).containsExactly("ben", "ana");
        assertThat(rows.get(0).noConservative()).isTrue();
        assertThat(rows.get(0).attentionText()).startsWith("No conservative commitment");
        assertThat(rows.get(0).findings()).isNotEmpty();
        assertThat(rows.get(1).noConservative()).isFalse();
    }

    @Test
    void upcoming_pastOrReviewedCalls_areLeftOut() {
        Map<String, PlannerData> team = Map.of("ana", withCall("Acme", NOW.minusDays(2), "x", "y"));
        assertThat(TeamCalls.upcoming(team, NOW)).isEmpty();
    }
}
