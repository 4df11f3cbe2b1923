package com.salescallplanner.store.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the observances of an exported VTIMEZONE as RFC 5545 defines them (onset given as local
 * time in TZOFFSETFROM; TZOFFSETTO applies from then on), to check the export's local times
 * independently of biweekly's reader, which resolves times near a fall-back change an hour off.
 */
final class VTimezoneReading {
    private static final Pattern OBSERVANCE = Pattern.compile(
            "BEGIN:(?:STANDARD|DAYLIGHT)\r\nDTSTART:(\\d{8}T\\d{6})\r\nTZOFFSETFROM:([+-]\\d{4})\r\nTZOFFSETTO:([+-]\\d{4})");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private record Onset(Instant at, ZoneOffset to) {
    }

    private final List<Onset> onsets = new ArrayList<>();

    VTimezoneReading(String ics) {
        Matcher m = OBSERVANCE.matcher(ics);
        while (m.find()) {
            ZoneOffset from = ZoneOffset.of(m.group(2));
            onsets.add(new Onset(LocalDateTime.parse(m.group(1), LOCAL).toInstant(from), ZoneOffset.of(m.group(3))));
        }
        onsets.sort(Comparator.comparing(Onset::at));
    }

    /** The wall-clock time the VTIMEZONE gives for this instant. */
    LocalDateTime localTimeAt(Instant instant) {
        ZoneOffset offset = null;
        for (Onset o : onsets) {
            if (!o.at().isAfter(instant)) {
                offset = o.to();
            }
        }
        if (offset == null) {
            throw new AssertionError("No observance covers " + instant);
        }
        return LocalDateTime.ofInstant(instant, offset);
    }

    static String local(LocalDateTime t) {
        return LOCAL.format(t);
    }
}
