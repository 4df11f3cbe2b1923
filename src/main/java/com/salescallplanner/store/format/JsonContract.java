package com.salescallplanner.store.format;

import com.salescallplanner.domain.UpfrontContract;

/** The up-front contract of a call as stored. */
record JsonContract(String purpose, String theirAgenda, String ourAgenda, String time, String expectedOutcome) {
    static JsonContract from(UpfrontContract c) {
        return new JsonContract(c.purpose(), c.theirAgenda(), c.ourAgenda(), c.time(), c.expectedOutcome());
    }

    UpfrontContract toDomain(FieldPath at) {
        Fields.text(at.field("purpose"), purpose, "Purpose");
        Fields.text(at.field("theirAgenda"), theirAgenda, "Their agenda");
        Fields.text(at.field("ourAgenda"), ourAgenda, "Our agenda");
        Fields.text(at.field("time"), time, "Time");
        Fields.text(at.field("expectedOutcome"), expectedOutcome, "Expected outcome");
        return Fields.domain(at, () -> new UpfrontContract(purpose, theirAgenda, ourAgenda, time, expectedOutcome));
    }
}
