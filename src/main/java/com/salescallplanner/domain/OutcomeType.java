package com.salescallplanner.domain;

/** Rackham's four call outcomes (SPIN Selling). */
public enum OutcomeType {
    /** The buyer placed the order. */
    ORDER,
    /** The buyer committed to a specific action that moves the sale forward. */
    ADVANCE,
    /** The sale goes on, but the buyer committed to nothing specific. */
    CONTINUATION,
    /** The buyer said no. */
    NO_SALE;

    public String displayName() {
        return switch (this) {
            case ORDER -> "Order";
            case ADVANCE -> "Advance";
            case CONTINUATION -> "Continuation";
            case NO_SALE -> "No-sale";
        };
    }

    /** What the outcome means, in one line for the rep choosing it (Rackham's vocabulary). */
    public String explanation() {
        return switch (this) {
            case ORDER -> "The buyer placed the order: signed the agreement or issued the purchase order.";
            case ADVANCE -> "The buyer committed to a specific action, by a date, that moves the sale forward.";
            case CONTINUATION -> "The sale goes on, but the buyer committed to nothing specific "
                    + "(\"let's meet again some time\").";
            case NO_SALE -> "The buyer said no: the deal ends here (\"no\" is an acceptable answer).";
        };
    }

    /** An order or an advance: the call moved the sale. */
    public boolean isAdvance() {
        return this == ORDER || this == ADVANCE;
    }
}
