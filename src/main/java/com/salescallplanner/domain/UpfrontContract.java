package com.salescallplanner.domain;

/** Sandler's up-front contract, agreed at the start of the call: no surprises on either side. */
public record UpfrontContract(String purpose, String theirAgenda, String ourAgenda, String time,
                              String expectedOutcome) {
    public static final UpfrontContract EMPTY = new UpfrontContract("", "", "", "", "");

    public UpfrontContract {
        purpose = Checks.text(purpose, "Purpose");
        theirAgenda = Checks.text(theirAgenda, "Their agenda");
        ourAgenda = Checks.text(ourAgenda, "Our agenda");
        time = Checks.text(time, "Time");
        expectedOutcome = Checks.text(expectedOutcome, "Expected outcome");
    }

    public boolean isEmpty() {
        return (purpose + theirAgenda + ourAgenda + time + expectedOutcome).isBlank();
    }
}
