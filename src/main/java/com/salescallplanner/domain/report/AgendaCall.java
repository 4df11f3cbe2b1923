package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;

import java.time.ZonedDateTime;

/**
 * A call on the rep's agenda with what its card shows.
 *
 * @param start the call's start in the rep's time zone
 * @param stage the prospect's stage when the call was planned
 */
public record AgendaCall(CallPlan call, Prospect prospect, Stage stage, ZonedDateTime start) {
}
