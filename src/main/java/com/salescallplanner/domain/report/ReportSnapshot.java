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
        Pipeline pipeline = Pipeline.of(data, now);
        return new ReportSnapshot(now, HitRateReport.of(data, now.getZone()),
                StageDurations.of(data, now.toLocalDate()), pipeline.openColumns(), pipeline.stranded());
    }
}
