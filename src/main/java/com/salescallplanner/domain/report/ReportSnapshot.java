package com.salescallplanner.domain.report;

import com.salescallplanner.domain.PlannerData;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Every report over the rep's data at one moment: what the Reports view shows. Pure and
 * immutable, so it can be computed away from the window's thread.
 */
public record ReportSnapshot(ZonedDateTime computedAt, HitRateReport hitRates, List<StageDuration> stageDurations,
                             List<PipelineColumn> openByStage, List<StrandedProspect> stranded) {
    public ReportSnapshot {
        stageDurations = List.copyOf(stageDurations);
        openByStage = List.copyOf(openByStage);
        stranded = List.copyOf(stranded);
    }

    public static ReportSnapshot of(PlannerData data, ZonedDateTime now) {
        return of(data, now, ReportPeriod.ALL);
    }

    /** Hit rates over the calls of {@code period}; days in stage, open prospects and stranded as of now. */
    public static ReportSnapshot of(PlannerData data, ZonedDateTime now, ReportPeriod period) {
        Pipeline pipeline = Pipeline.of(data, now);
        return new ReportSnapshot(now, HitRateReport.of(data, now.getZone(), period),
                StageDurations.of(data, now.toLocalDate()), pipeline.openColumns(), pipeline.stranded());
    }
}
