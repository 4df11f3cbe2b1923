package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.LimitedText;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** When the call is and who attends: the contacts to tick plus free names. */
public final class ScheduleModel {
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("10:00");
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>(30);
    /** The duration as typed; {@link #minutes} follows it while it is a valid number of minutes. */
    private final StringProperty minutesText = new SimpleStringProperty("30");
    /** Why the typed duration is refused, shown beside the field; "" when it is fine. */
    private final StringProperty minutesError = new SimpleStringProperty("");
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 720;

    ScheduleModel() {
        minutesText.addListener((obs, o, n) -> {
            String typed = n == null ? "" : n.strip();
            Integer value = null;
            if (typed.matches("\\d{1,4}")) {
                int m = Integer.parseInt(typed);
                value = m >= MIN_MINUTES && m <= MAX_MINUTES ? m : null;
            }
            minutesError.set(value != null ? "" : "Duration must be whole minutes from " + MIN_MINUTES + " to "
                    + MAX_MINUTES + ", not '" + typed + "'.");
            minutes.set(value);
        });
        minutes.addListener((obs, o, n) -> {
            if (n != null && !String.valueOf(n).equals(minutesText.get().strip())) {
                minutesText.set(String.valueOf(n));
            }
        });
    }
    private final ObservableList<AttendeeChoice> contacts = FXCollections.observableArrayList();
    private final StringProperty otherAttendees = new SimpleStringProperty("");
    /** Each name between commas has the domain's attendee limit. */
    private final LimitedText otherAttendeesLimit = LimitedText.eachPart(otherAttendees, TextLimit.ATTENDEE,
            Pattern.compile(","), n -> "Other attendee " + n);

    /** A selectable contact among the attendees. */
    public record AttendeeChoice(String name, String label, BooleanProperty selected) {
    }

    /** Fills the form from an existing plan, or proposes tomorrow at 10:00 for a new one. */
    void load(Prospect p, CallPlan existing, ZonedDateTime now) {
        List<String> attendees = existing == null ? List.of() : existing.attendees();
        for (Contact c : p.contacts()) {
            contacts.add(new AttendeeChoice(c.name(), c.label(), new SimpleBooleanProperty(attendees.contains(c.name()))));
        }
        if (existing == null) {
            date.set(now.toLocalDate().plusDays(1));
            return;
        }
        date.set(existing.date());
        time.set(Formats.TIME_FIELD.format(existing.start()));
        minutes.set((int) existing.duration().toMinutes());
        List<String> names = p.contacts().stream().map(Contact::name).toList();
        otherAttendees.set(attendees.stream().filter(a -> !names.contains(a)).collect(Collectors.joining(", ")));
    }

    /** Everything the rep can change here, to listen to. */
    List<Observable> inputs() {
        List<Observable> all = new ArrayList<>(List.of(date, time, minutes, otherAttendees));
        contacts.forEach(c -> all.add(c.selected()));
        return all;
    }

    /** The start; a {@link DomainException} naming the field when date or time is missing or malformed. */
    ZonedDateTime start(ZoneId zone) {
        if (date.get() == null) {
            throw new DomainException("Date of the call is required.");
        }
        try {
            return ZonedDateTime.of(date.get(), LocalTime.parse(time.get().strip()), zone);
        } catch (DateTimeParseException e) {
            throw new DomainException("Time of the call must look like 14:30, not '" + time.get() + "'.");
        }
    }

    Duration duration() {
        if (minutes.get() == null) {
            throw new DomainException(minutesError.get().isEmpty() ? "Duration of the call is required."
                    : minutesError.get());
        }
        return Duration.ofMinutes(minutes.get());
    }

    /** The ticked contacts, then the free names, each once. */
    List<String> attendees() {
        List<String> out = new ArrayList<>();
        contacts.stream().filter(c -> c.selected().get()).forEach(c -> out.add(c.name()));
        for (String other : otherAttendees.get().split(",")) {
            if (!other.isBlank() && !out.contains(other.strip())) {
                out.add(other.strip());
            }
        }
        return out;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<Integer> minutesProperty() {
        return minutes;
    }

    public StringProperty minutesTextProperty() {
        return minutesText;
    }

    public StringProperty minutesErrorProperty() {
        return minutesError;
    }

    public ObservableList<AttendeeChoice> contacts() {
        return contacts;
    }

    public LimitedText otherAttendeesLimit() {
        return otherAttendeesLimit;
    }

    public StringProperty otherAttendeesProperty() {
        return otherAttendees;
    }
}
