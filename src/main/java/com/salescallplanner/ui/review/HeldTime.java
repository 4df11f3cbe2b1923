package com.salescallplanner.ui.review;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.ui.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * When the call really began, for the review: call mode's start when call mode was used,
 * otherwise the planned time until the rep gives another. Kept in the call's progress
 * ({@code startedAt}), so the review and the call history show when it ran, not when it was planned.
 */
public final class HeldTime {
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ZoneId zone;
    private final Instant known;
    private final LocalDate knownDate;
    private final String knownTime;
    private final String source;

    HeldTime(CallPlan call) {
        this.zone = call.start().getZone();
        this.known = call.progress().startedAt();
        ZonedDateTime at = known == null ? call.start() : known.atZone(zone);
        this.knownDate = at.toLocalDate();
        this.knownTime = Formats.TIME_FIELD.format(at); // as the plan editor shows a time
        date.set(knownDate);
        time.set(knownTime);
        this.source = known == null ? "Call mode was not used: this is the planned time. Change it if the call "
                + "ran at another time." : "Started in call mode at " + Formats.window().dateTime(at) + ".";
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** "14:30". */
    public StringProperty timeProperty() {
        return time;
    }

    /** Where the time comes from: call mode, or the plan. */
    public String source() {
        return source;
    }

    /** The moment the call began, or empty when the date is missing or the time is not a time like 14:30. */
    Optional<Instant> began() {
        if (date.get() == null) {
            return Optional.empty();
        }
        if (known != null && date.get().equals(knownDate) && time.get().strip().equals(knownTime)) {
            return Optional.of(known); // call mode's own instant, to the second
        }
        try {
            return Optional.of(ZonedDateTime.of(date.get(), LocalTime.parse(time.get().strip()), zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why {@link #began()} is empty, naming the field and what was typed. */
    String problem() {
        return date.get() == null ? "Give the date the call ran on."
                : "The time the call began must look like 14:30, not '" + time.get() + "'.";
    }
}
