package com.salescallplanner.store.export;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.Attendee;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

/**
 * One call as an iCalendar (RFC 5545) event for the rep's calendar. The start and end keep the
 * call's time zone (TZID with a VTIMEZONE built from Java's rules), so a call booked at 10:00 on
 * a daylight-saving change day still shows at 10:00 there. The UID comes from the call id, so
 * importing the file again updates the event instead of adding another.
 */
public final class CallCalendar {
    static final String UID_DOMAIN = "@sales-call-planner";

    private CallCalendar() {
    }

    /** The .ics file's bytes (UTF-8, CRLF line ends, folded at 75 octets). */
    public static byte[] export(PlannerData data, CallId id, Instant now) {
        CallPlan call = data.call(id).orElseThrow(() -> new DomainException("There is no call with id " + id + "."));
        Prospect p = data.prospect(call.prospectId()).orElseThrow();
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Sales Call Planner//EN");
        VEvent e = new VEvent();
        e.setUid(call.id().value() + UID_DOMAIN);
        e.setDateTimeStamp(Date.from(now));
        e.setDateStart(Date.from(call.start().toInstant()));
        e.setDateEnd(Date.from(call.end().toInstant()));
        e.setSummary(ExportText.oneLine("Sales call: " + p.company() + (p.dealName().isEmpty() ? "" : " ("
                + p.dealName() + ")")));
        e.setDescription(CalendarDescription.of(CallSheet.of(data, id)));
        for (String name : call.attendees()) {
            CallSheetParts.contact(p, name).filter(c -> !c.email().isEmpty())
                    .ifPresent(c -> e.addAttendee(new Attendee(ExportText.oneLine(c.name()),
                            ExportText.oneLine(c.email()))));
        }
        ical.addEvent(e);
        ZoneId zone = call.start().getZone().normalized();
        if (!(zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0)) {
            ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone),
                    VTimezones.of(zone, call.start().toInstant())));
        }
        return IcsFolding.fold(write(ical)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * biweekly's output with its own folding off (it counts characters, RFC 5545 counts octets)
     * and RFC 6868 caret encoding on: a parameter value such as an attendee's name (CN) may not
     * hold a double quote otherwise, and "Robert "Bob" Smith" would make the writer throw.
     */
    private static String write(ICalendar ical) {
        StringWriter sw = new StringWriter();
        try (ICalWriter w = new ICalWriter(sw, ICalVersion.V2_0)) {
            w.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            w.setCaretEncodingEnabled(true);
            w.write(ical);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return sw.toString();
    }
}
