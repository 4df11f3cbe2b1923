package com.salescallplanner.domain;

import java.time.LocalDate;

/** The dated step agreed at the end of a call; a prospect without one is stranded. */
public record NextStep(String description, LocalDate date) {
    public NextStep {
        description = TextLimit.NEXT_STEP.check(description).strip();
        FieldRules.required(date, "Date of the next step");
    }
}
