package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.OutcomeType;

import java.time.LocalDate;
import java.util.Set;

/** The review of a call as stored. */
record JsonOutcome(String type, Boolean stretchMet, Boolean conservativeMet, String notes, String stageAfterId,
                   JsonNextStep nextStep, String reviewedOn) {
    /** The agreed next step as stored. */
    record JsonNextStep(String description, String date) {
        static JsonNextStep from(NextStep n) {
            return n == null ? null : new JsonNextStep(n.description(), n.date().toString());
        }

        NextStep toDomain(FieldPath at) {
            Fields.text(at.field("description"), description, "Next step", FieldRules.MAX_NAME * 2);
            LocalDate d = Fields.date(at.field("date"), date);
            return Fields.domain(at, () -> new NextStep(description, d));
        }
    }

    static JsonOutcome from(CallOutcome o) {
        return new JsonOutcome(o.type().name(), o.stretchMet(), o.conservativeMet(), o.notes(), o.stageAfterId(),
                JsonNextStep.from(o.nextStep()), o.reviewedOn().toString());
    }

    CallOutcome toDomain(FieldPath at, Set<String> stageIds) {
        OutcomeType t = Fields.enumValue(at.field("type"), type, OutcomeType.class);
        Fields.text(at.field("notes"), notes, "Review notes");
        String after = Refs.stage(at.field("stageAfterId"), stageAfterId, stageIds);
        NextStep next = nextStep == null ? null : nextStep.toDomain(at.field("nextStep"));
        LocalDate reviewed = Fields.date(at.field("reviewedOn"), reviewedOn);
        return Fields.domain(at, () -> new CallOutcome(t, Fields.flag(stretchMet), Fields.flag(conservativeMet), notes,
                after, next, reviewed));
    }
}
