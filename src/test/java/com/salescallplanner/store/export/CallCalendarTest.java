package com.salescallplanner.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CallCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");

    private static String ics(ZonedDateTime start) {
        return new String(CallCalendar.export(SampleCalls.data(start), SampleCalls.PLANNED, NOW), StandardCharsets.UTF_8);
    }

    /** The content lines with continuation lines joined back (RFC 5545 unfolding). */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void export_everyLine_endsInCrlfAndFitsIn75Octets() {
        byte[] bytes = CallCalendar.export(SampleCalls.data(ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, BERLIN)),
                SampleCalls.PLANNED, NOW);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        String[] lines = text.split("\r\n");
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith(" ")).count())
                .as("the long DESCRIPTION is folded").isGreaterThan(2);
    }

    @Test
    void export_foldsNeverSplitAUtf8Character() {
        String text = ics(ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, BERLIN));

        assertThat(text).doesNotContain("\uFFFD");
        assertThat(unfolded(text)).contains("SUMMARY:Sales call: Müller Maschinenbau GmbH (Fleet renewal\\, phase 2)");
    }

    @Test
    void export_eventHasUidStampSummaryAndZonedTimes() {
        String text = unfolded(ics(ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, BERLIN)));

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("UID:call-planned@sales-call-planner\r\n")
                .contains("DTSTAMP:20260320T080000Z\r\n")
                .contains("DTSTART;TZID=Europe/Berlin:20260324T100000\r\n")
                .contains("DTEND;TZID=Europe/Berlin:20260324T104500\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n")
                .contains("ATTENDEE;CN=Dana Kim:mailto:dana@example.com\r\n");
    }

    @Test
    void export_description_holdsTheContractAndBothObjectivesEscaped() {
        String text = unfolded(ics(ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, BERLIN)));

        assertThat(text).contains("DESCRIPTION:Up-front contract:\\n- Purpose: Review the pilot results\\, decide on next steps\\n")
                .contains("Stretch objective: " + SampleCalls.STRETCH.replace(",", "\\,"))
                .contains("Conservative objective: " + SampleCalls.CONSERVATIVE.replace(",", "\\,"));
    }

    @Test
    void export_callOnSpringForwardDay_keepsItsWallClockTime() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, BERLIN);

        String text = ics(start);

        assertThat(unfolded(text)).contains("DTSTART;TZID=Europe/Berlin:20260329T100000\r\n")
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n");
        assertThat(new VTimezoneReading(unfolded(text)).localTimeAt(start.toInstant()))
                .isEqualTo(LocalDateTime.of(2026, 3, 29, 10, 0));
        VEvent e = Biweekly.parse(text).first().getEvents().get(0);
        assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(start.toInstant());
    }

    @Test
    void export_callAcrossTheFallBackHour_endsAtTheRightInstant() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 1, 0, 30, 0, 0, newYork);
        PlannerData data = SampleCalls.data(start);
        CallPlan threeHours = data.call(SampleCalls.PLANNED).orElseThrow().withSchedule(start, Duration.ofHours(3));

        String text = new String(CallCalendar.export(data.withCall(threeHours), SampleCalls.PLANNED, NOW),
                StandardCharsets.UTF_8);

        Instant end = start.toInstant().plus(Duration.ofHours(3));
        VTimezoneReading zone = new VTimezoneReading(unfolded(text));
        assertThat(unfolded(text))
                .contains("DTSTART;TZID=America/New_York:" + VTimezoneReading.local(zone.localTimeAt(start.toInstant())) + "\r\n")
                .contains("DTEND;TZID=America/New_York:" + VTimezoneReading.local(zone.localTimeAt(end)) + "\r\n")
                .contains("DTSTART;TZID=America/New_York:20261101T003000\r\n")
                .contains("DTEND;TZID=America/New_York:20261101T023000\r\n");
    }

    @Test
    void export_utcCall_isWrittenInUtcWithoutTimezone() {
        String text = ics(ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, ZoneId.of("UTC")));

        assertThat(text).contains("DTSTART:20260324T100000Z\r\n").doesNotContain("VTIMEZONE");
    }
}
