package com.salescallplanner.domain;

import java.time.LocalDate;

/** The prospect entered a stage on a day. */
public record StageChange(String stageId, LocalDate date) {
    public StageChange {
        Checks.name(stageId, "Stage of a stage change");
        Checks.required(date, "Date of a stage change");
    }
}
