package com.salescallplanner.ui.team;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.report.HitRateReport;
import com.salescallplanner.domain.report.HitRates;
import com.salescallplanner.domain.report.Rate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Reports view's hit rates for each rep of the team, and for the team as a whole (the last row). */
public final class TeamFigures {
    public static final String TEAM = "Team";

    private TeamFigures() {
    }

    /** One row: whose figures, and the reviewed calls' hit rates. */
    public record Row(String who, HitRates rates) {
    }

    public static List<Row> of(Map<String, PlannerData> team, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        int reviewed = 0;
        int[] hits = new int[3];
        int[] of = new int[3];
        for (Map.Entry<String, PlannerData> e : team.entrySet()) {
            HitRates r = HitRateReport.of(e.getValue(), zone).overall();
            rows.add(new Row(e.getKey(), r));
            reviewed += r.reviewed();
            Rate[] rates = {r.stretch(), r.conservative(), r.advance()};
            for (int i = 0; i < 3; i++) {
                hits[i] += rates[i].hits();
                of[i] += rates[i].of();
            }
        }
        rows.add(new Row(TEAM, new HitRates(reviewed, new Rate(hits[0], of[0]), new Rate(hits[1], of[1]),
                new Rate(hits[2], of[2]))));
        return rows;
    }
}
