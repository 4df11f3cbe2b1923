package com.salescallplanner.domain;

/** Sandler's up-front contract, agreed at the start of the call: no surprises on either side. */
public record UpfrontContract(String purpose, String theirAgenda, String ourAgenda, String time,
                              String expectedOutcome) {
    public static final UpfrontContract EMPTY = new UpfrontContract("", "", "", "", "");

    public UpfrontContract {
        purpose = FieldRules.text(purpose, "Purpose");
        theirAgenda = FieldRules.text(theirAgenda, "Their agenda");
        ourAgenda = FieldRules.text(ourAgenda, "Our agenda");
        time = FieldRules.text(time, "Time");
        expectedOutcome = FieldRules.text(expectedOutcome, "Expected outcome");
    }

    public boolean isEmpty() {
        return (purpose + theirAgenda + ourAgenda + time + expectedOutcome).isBlank();
    }
}
