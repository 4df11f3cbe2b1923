package com.salescallplanner.domain;

import java.time.LocalDate;

/** The prospect entered a stage on a day. */
public record StageChange(StageId stageId, LocalDate date) {
    public StageChange {
        FieldRules.required(stageId, "Stage of a stage change");
        FieldRules.required(date, "Date of a stage change");
    }
}
