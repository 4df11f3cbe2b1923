package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallProgress;

import java.time.Instant;

/** What happened in the call so far, as stored. */
record JsonProgress(Boolean stretchMet, Boolean conservativeMet, String notes, String startedAt) {
    CallProgress toDomain(FieldPath at) {
        FieldValues.text(at.field("notes"), notes, "Call notes");
        Instant started = FieldValues.optionalInstant(at.field("startedAt"), startedAt);
        return FieldValues.domain(at, () -> new CallProgress(FieldValues.flag(stretchMet), FieldValues.flag(conservativeMet), notes,
                started));
    }
}
