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

    /** An order or an advance: the call moved the sale. */
    public boolean isAdvance() {
        return this == ORDER || this == ADVANCE;
    }
}
