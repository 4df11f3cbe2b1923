package com.salescallplanner.cli;

import com.salescallplanner.domain.report.HitRates;
import com.salescallplanner.domain.report.MonthHitRates;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.domain.report.Rate;
import com.salescallplanner.domain.report.ReportPeriod;
import com.salescallplanner.domain.report.ReportSnapshot;
import com.salescallplanner.domain.report.StageDuration;
import com.salescallplanner.domain.report.StageHitRates;
import com.salescallplanner.domain.report.StrandedProspect;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The report as plain maps and lists for {@code report --json}; field order is kept. */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> of(ReportSnapshot r, ReportPeriod period) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("computedAt", r.computedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("from", period.from() == null ? null : period.from().toString());
        m.put("to", period.to() == null ? null : period.to().toString());
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("overall", rates(r.hitRates().overall()));
        hit.put("byStage", r.hitRates().byStage().stream().map(ReportJson::stage).toList());
        hit.put("byMonth", r.hitRates().byMonth().stream().map(ReportJson::month).toList());
        m.put("hitRates", hit);
        m.put("daysInStage", r.stageDurations().stream().map(ReportJson::duration).toList());
        m.put("openByStage", r.openByStage().stream().map(ReportJson::column).toList());
        m.put("stranded", r.stranded().stream().map(ReportJson::stranded).toList());
        return m;
    }

    private static Map<String, Object> stage(StageHitRates s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", s.stage().name());
        m.putAll(rates(s.rates()));
        return m;
    }

    private static Map<String, Object> month(MonthHitRates s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", s.month().toString());
        m.putAll(rates(s.rates()));
        return m;
    }

    private static Map<String, Object> rates(HitRates h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reviewed", h.reviewed());
        m.put("stretch", rate(h.stretch()));
        m.put("conservative", rate(h.conservative()));
        m.put("advance", rate(h.advance()));
        return m;
    }

    /** {"hits": 7, "of": 12, "percent": 58}; percent is null when no call was reviewed. */
    private static Map<String, Object> rate(Rate r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hits", r.hits());
        m.put("of", r.of());
        m.put("percent", r.of() == 0 ? null : r.percent());
        return m;
    }

    private static Map<String, Object> duration(StageDuration d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", d.stage().name());
        m.put("prospects", d.prospects());
        m.put("stillInStage", d.stillInStage());
        m.put("averageDays", d.prospects() == 0 ? null : round(d.averageDays()));
        m.put("medianDays", d.prospects() == 0 ? null : round(d.medianDays()));
        return m;
    }

    private static Map<String, Object> column(PipelineColumn c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", c.stage().name());
        m.put("prospects", c.count());
        m.put("amount", c.amount());
        m.put("withoutAmount", c.withoutAmount());
        return m;
    }

    private static Map<String, Object> stranded(StrandedProspect s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.prospect().id().value());
        m.put("name", s.prospect().displayName());
        m.put("company", s.prospect().company());
        m.put("stage", s.stage().name());
        m.put("reasons", s.reasons().stream().sorted().map(Enum::name).toList());
        m.put("why", s.why());
        m.put("daysSinceLastCall", s.daysSinceLastCall().isPresent() ? s.daysSinceLastCall().getAsLong() : null);
        m.put("daysInStage", s.daysInStage());
        return m;
    }

    private static double round(double days) {
        return Math.round(days * 10) / 10.0;
    }
}
