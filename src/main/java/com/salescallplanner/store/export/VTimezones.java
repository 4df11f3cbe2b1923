package com.salescallplanner.store.export;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * Builds a VTIMEZONE from Java's own time-zone rules, so the export needs no download and the
 * calendar that reads the file converts the call's local time exactly as the planner does.
 * It lists the zone's actual transitions from a year before to a year after the call (one
 * observance each, with its onset), which covers the call and any daylight-saving change near it.
 */
final class VTimezones {
    private VTimezones() {
    }

    static VTimezone of(ZoneId zone, Instant around) {
        ZoneRules rules = zone.getRules();
        VTimezone tz = new VTimezone(zone.getId());
        Instant from = around.minusSeconds(366L * 24 * 3600);
        Instant to = around.plusSeconds(366L * 24 * 3600);
        ZoneOffsetTransition before = rules.previousTransition(from.plusSeconds(1));
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            tz.addStandardTime(observance(new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset,
                    name(zone, false)));
        } else {
            add(tz, zone, before);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to);
             t = rules.nextTransition(t.getInstant())) {
            add(tz, zone, t);
        }
        return tz;
    }

    private static void add(VTimezone tz, ZoneId zone, ZoneOffsetTransition t) {
        boolean daylight = zone.getRules().isDaylightSavings(t.getInstant());
        if (daylight) {
            tz.addDaylightSavingsTime(observance(new DaylightSavingsTime(), t.getDateTimeBefore(),
                    t.getOffsetBefore(), t.getOffsetAfter(), name(zone, true)));
        } else {
            tz.addStandardTime(observance(new StandardTime(), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), name(zone, false)));
        }
    }

    /** An observance starting at {@code onset}, given as local time in the offset it changes from. */
    private static <T extends Observance> T observance(T o, LocalDateTime onset, ZoneOffset fromOffset,
                                                       ZoneOffset toOffset, String name) {
        o.setDateStart(new DateTimeComponents(onset.getYear(), onset.getMonthValue(), onset.getDayOfMonth(),
                onset.getHour(), onset.getMinute(), onset.getSecond(), false));
        o.setTimezoneOffsetFrom(new UtcOffset(fromOffset.getTotalSeconds() * 1000L));
        o.setTimezoneOffsetTo(new UtcOffset(toOffset.getTotalSeconds() * 1000L));
        o.addTimezoneName(name);
        return o;
    }

    /** "CET" or "CEST": the short name calendar apps show. */
    private static String name(ZoneId zone, boolean daylight) {
        java.util.TimeZone tz = java.util.TimeZone.getTimeZone(zone);
        String n = tz.getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.ENGLISH);
        return n == null || n.isBlank() ? zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : n;
    }
}
