package com.salescallplanner.ui.port;

import com.salescallplanner.domain.PlannerData;

import java.time.ZonedDateTime;

/** Makes a realistic set of prospects and calls for the first-run screen's "Load sample data". */
@FunctionalInterface
public interface SampleData {
    PlannerData create(ZonedDateTime now);
}
