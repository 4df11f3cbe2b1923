package com.salescallplanner.store.format;

import com.salescallplanner.domain.UpfrontContract;

/** The up-front contract of a call as stored. */
record JsonContract(String purpose, String theirAgenda, String ourAgenda, String time, String expectedOutcome) {
    UpfrontContract toDomain(FieldPath at) {
        FieldValues.text(at.field("purpose"), purpose, "Purpose");
        FieldValues.text(at.field("theirAgenda"), theirAgenda, "Their agenda");
        FieldValues.text(at.field("ourAgenda"), ourAgenda, "Our agenda");
        FieldValues.text(at.field("time"), time, "Time");
        FieldValues.text(at.field("expectedOutcome"), expectedOutcome, "Expected outcome");
        return FieldValues.domain(at, () -> new UpfrontContract(purpose, theirAgenda, ourAgenda, time, expectedOutcome));
    }
}
