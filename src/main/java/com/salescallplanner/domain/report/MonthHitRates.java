package com.salescallplanner.domain.report;

import java.time.YearMonth;

/** Hit rates of the reviewed calls held in {@code month} (the rep's time zone). */
public record MonthHitRates(YearMonth month, HitRates rates) {
}
