package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.StageId;

import java.time.LocalDate;
import java.util.Set;

/** The review of a call as stored. */
record JsonOutcome(String type, Boolean stretchMet, Boolean conservativeMet, String notes, String stageAfterId,
                   JsonNextStep nextStep, String reviewedOn) {
    /** The agreed next step as stored. */
    record JsonNextStep(String description, String date) {
        NextStep toDomain(FieldPath at) {
            FieldValues.text(at.field("description"), description, "Next step", FieldRules.MAX_NAME * 2);
            LocalDate d = FieldValues.date(at.field("date"), date);
            return FieldValues.domain(at, () -> new NextStep(description, d));
        }
    }

    CallOutcome toDomain(FieldPath at, Set<String> stageIds) {
        OutcomeType t = FieldValues.enumValue(at.field("type"), type, OutcomeType.class);
        FieldValues.text(at.field("notes"), notes, "Review notes");
        StageId after = StageReference.stage(at.field("stageAfterId"), stageAfterId, stageIds);
        NextStep next = nextStep == null ? null : nextStep.toDomain(at.field("nextStep"));
        LocalDate reviewed = FieldValues.date(at.field("reviewedOn"), reviewedOn);
        return FieldValues.domain(at, () -> new CallOutcome(t, FieldValues.flag(stretchMet), FieldValues.flag(conservativeMet), notes,
                after, next, reviewed));
    }
}
