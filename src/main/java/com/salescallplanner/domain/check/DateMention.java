package com.salescallplanner.domain.check;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date or dated event found in an objective, e.g. "by Friday" or "at the steering committee".
 *
 * @param phrase the words as the rep typed them
 * @param date   the day they resolve to, or null for an event whose day the text does not say
 */
public record DateMention(String phrase, LocalDate date) {
    public DateMention {
        Objects.requireNonNull(phrase, "phrase");
    }

    public boolean resolved() {
        return date != null;
    }

    /** The ISO date when it resolves, else the phrase: what the command line prints. */
    public String display() {
        return date != null ? date.toString() : phrase;
    }
}
