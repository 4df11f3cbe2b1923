package com.salescallplanner.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.domain.report.HitRateReport;
import com.salescallplanner.domain.report.HitRates;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TeamFiguresTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void of_eachRepAsTheirReportsView_andTheTeamAddsTheirCounts() {
        PlannerData ana = SampleGenerator.generate(10, 60, 1, NOW);
        PlannerData ben = SampleGenerator.generate(10, 40, 2, NOW);
        Map<String, PlannerData> team = new LinkedHashMap<>();
        team.put("ana", ana);
        team.put("ben", ben);

        List<TeamFigures.Row> rows = TeamFigures.of(team, NOW.getZone());

        HitRates a = HitRateReport.of(ana, NOW.getZone()).overall();
        HitRates b = HitRateReport.of(ben, NOW.getZone()).overall();
        assertThat(rows).extracting(TeamFigures.Row::who).containsExactly("ana", "ben", "Team");
        assertThat(rows.get(0).rates()).isEqualTo(a);
        HitRates t = rows.get(2).rates();
        assertThat(t.reviewed()).isEqualTo(a.reviewed() + b.reviewed()).isPositive();
        assertThat(t.stretch().hits()).isEqualTo(a.stretch().hits() + b.stretch().hits());
        assertThat(t.conservative().of()).isEqualTo(a.conservative().of() + b.conservative().of());
    }
}
