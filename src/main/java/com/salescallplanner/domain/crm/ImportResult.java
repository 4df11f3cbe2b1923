package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.PlannerData;

/** The data as it would be after the import, and the report of what changed. */
public record ImportResult(PlannerData data, ImportReport report) {
}
