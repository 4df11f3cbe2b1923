package com.salescallplanner.domain.report;

import com.salescallplanner.domain.Stage;

/** Hit rates of the reviewed calls planned while the prospect was in {@code stage}. */
public record StageHitRates(Stage stage, HitRates rates) {
}
