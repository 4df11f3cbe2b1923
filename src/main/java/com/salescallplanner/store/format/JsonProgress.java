package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallProgress;

import java.time.Instant;

/** What happened in the call so far, as stored. */
record JsonProgress(Boolean stretchMet, Boolean conservativeMet, String notes, String startedAt) {
    static JsonProgress from(CallProgress p) {
        return new JsonProgress(p.stretchMet(), p.conservativeMet(), p.notes(),
                p.startedAt() == null ? null : p.startedAt().toString());
    }

    CallProgress toDomain(FieldPath at) {
        FieldValues.text(at.field("notes"), notes, "Call notes");
        Instant started = FieldValues.optionalInstant(at.field("startedAt"), startedAt);
        return FieldValues.domain(at, () -> new CallProgress(FieldValues.flag(stretchMet), FieldValues.flag(conservativeMet), notes,
                started));
    }
}
