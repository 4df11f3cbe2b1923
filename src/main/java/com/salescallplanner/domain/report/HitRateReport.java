package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hit rates of the stretch and conservative objectives and the advance rate, overall, by the
 * stage at planning and by the month of the call. Only reviewed calls count: a planned call has
 * no outcome yet.
 *
 * @param byStage every open stage in process order, plus any closed stage that has calls
 * @param byMonth only months with reviewed calls, oldest first
 */
public record HitRateReport(HitRates overall, List<StageHitRates> byStage, List<MonthHitRates> byMonth) {

    public HitRateReport {
        byStage = List.copyOf(byStage);
        byMonth = List.copyOf(byMonth);
    }

    /** One pass over the calls; months are taken in {@code zone}, the rep's time zone. */
    public static HitRateReport of(PlannerData data, ZoneId zone) {
        return of(data, zone, ReportPeriod.ALL);
    }

    /** As {@link #of(PlannerData, ZoneId)}, counting only the calls that started within {@code period}. */
    public static HitRateReport of(PlannerData data, ZoneId zone, ReportPeriod period) {
        List<Stage> stages = data.stages().stages();
        Map<StageId, Tally> byStageId = new HashMap<>();
        for (Stage s : stages) {
            byStageId.put(s.id(), new Tally());
        }
        Map<YearMonth, Tally> byMonth = new TreeMap<>();
        Tally overall = new Tally();
        for (CallPlan c : data.calls()) {
            if (!c.isReviewed()) {
                continue;
            }
            ZonedDateTime start = c.start().withZoneSameInstant(zone);
            if (!period.contains(start.toLocalDate())) {
                continue;
            }
            overall.add(c.outcome());
            byStageId.get(c.stageIdAtPlanning()).add(c.outcome());
            YearMonth month = YearMonth.from(start);
            byMonth.computeIfAbsent(month, m -> new Tally()).add(c.outcome());
        }
        List<StageHitRates> stageRows = new ArrayList<>();
        for (Stage s : stages) {
            Tally t = byStageId.get(s.id());
            if (!s.closed() || t.reviewed() > 0) {
                stageRows.add(new StageHitRates(s, t.rates()));
            }
        }
        List<MonthHitRates> monthRows = new ArrayList<>();
        byMonth.forEach((m, t) -> monthRows.add(new MonthHitRates(m, t.rates())));
        return new HitRateReport(overall.rates(), stageRows, monthRows);
    }
}
