package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The hand-written fast paths read and write exactly what the JDK's parsers and formatters do. */
class TimeTextTest {
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "Etc/UTC", "UTC", "Z", "+05:45", "Pacific/Chatham", "America/St_Johns");

    @Test
    void formatAndParse_randomTimes_matchTheJdk() {
        Random rnd = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long second = rnd.nextLong() % 400_000_000_000L;
            int nano = switch (rnd.nextInt(4)) {
                case 0 -> 0;
                case 1 -> rnd.nextInt(1000) * 1_000_000;
                case 2 -> rnd.nextInt(1_000_000) * 1000;
                default -> rnd.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(second, nano);
            assertThat(TimeText.format(t)).isEqualTo(t.toString());
            assertThat(TimeText.instant(t.toString())).isEqualTo(t);
            ZonedDateTime z = t.atZone(ZoneId.of(ZONES.get(rnd.nextInt(ZONES.size()))));
            String iso = z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertThat(TimeText.formatOffset(z)).isEqualTo(iso);
            assertThat(TimeText.offsetDateTime(iso)).isEqualTo(OffsetDateTime.parse(iso));
            LocalDate d = z.toLocalDate();
            assertThat(TimeText.date(d.toString())).isEqualTo(d);
            assertThat(TimeText.formatDate(d)).isEqualTo(d.toString());
            Duration length = Duration.ofSeconds(rnd.nextInt(200_000));
            assertThat(TimeText.duration(length.toString())).isEqualTo(length);
            assertThat(TimeText.formatDuration(length)).isEqualTo(length.toString());
            Duration odd = Duration.ofSeconds(rnd.nextLong() % 100_000_000_000L, rnd.nextInt(3) == 0 ? nano : 0);
            assertThat(TimeText.formatDuration(odd)).isEqualTo(odd.toString());
        }
    }

    @Test
    void format_extremeValues_matchTheJdk() {
        for (Instant t : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("-0001-01-01T00:00:00Z"),
                Instant.parse("+10000-01-01T00:00:00.5Z"))) {
            assertThat(TimeText.format(t)).isEqualTo(t.toString());
        }
        for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31),
                LocalDate.of(999, 3, 4), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1))) {
            assertThat(TimeText.formatDate(d)).isEqualTo(d.toString());
        }
        for (Duration d : List.of(Duration.ZERO, Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(Long.MAX_VALUE,
                999_999_999), Duration.ofNanos(-1), Duration.ofSeconds(59), Duration.ofHours(12), Duration.ofMillis(1500))) {
            assertThat(TimeText.formatDuration(d)).isEqualTo(d.toString());
        }
        for (ZonedDateTime z : List.of(ZonedDateTime.of(LocalDate.MAX.atTime(23, 59, 59, 999_999_999), ZoneId.of("+18:00")),
                ZonedDateTime.of(LocalDate.MIN.atStartOfDay(), ZoneId.of("-17:59:59")),
                ZonedDateTime.of(LocalDate.of(1890, 1, 1).atStartOfDay(), ZoneId.of("Europe/Amsterdam")))) {
            assertThat(TimeText.formatOffset(z)).isEqualTo(z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    @Test
    void parse_unusualButValidText_readsAsTheJdkReadsIt() {
        sameAsJdk(TimeText::date, LocalDate::parse, "0000-01-01", "+10000-01-01", "2024-02-29", "9999-12-31");
        sameAsJdk(TimeText::instant, Instant::parse, "2026-01-01T00:00:00.Z", "2026-01-01t10:00:00z",
                "2026-01-01T23:59:60Z", "2026-01-01T24:00:00Z", "2026-01-01T10:00Z", "2026-01-01T10:00:00+01:00",
                "2026-01-01T10:00:00.1234567891Z", "-0001-01-01T00:00:00Z", "2026-01-01T10:00:00.000000001Z");
        sameAsJdk(TimeText::offsetDateTime, OffsetDateTime::parse, "2026-01-01T10:00+01:00",
                "2026-01-01T10:00:00-00:00", "2026-01-01T10:00:00+18:00", "2026-01-01T10:00:00+18:30",
                "2026-01-01T10:00:00+01:00:30", "2026-01-01T10:00:00+0100", "2026-01-01T10:00:00z",
                "2026-01-01T24:00:00+01:00", "2026-01-01T10:00:00.5+01:00", "2026-01-01T10:00:00.+01:00");
        sameAsJdk(TimeText::duration, Duration::parse, "PT", "PT0S", "pt45m", "PT-5M", "PT1.5S", "P1DT2H",
                "PT1M1H", "PT1H1H", "PT1234567890M", "PT999999999H", "PT12H30M15S", "+PT5M", "PTM", "PT5");
        sameAsJdk(TimeText::zone, ZoneId::of, "Europe/Berlin", "Mars/Olympus", "+01:00", "UTC+2", "", "europe/berlin");
    }

    @Test
    void parse_impossibleDates_areRefusedLikeTheJdk() {
        sameAsJdk(TimeText::date, LocalDate::parse, "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10",
                "2026-1-01", "26-01-01", "2026/01/01", "２０２６-01-01", "");
        sameAsJdk(TimeText::instant, Instant::parse, "2026-02-30T10:00:00Z", "2026-01-01T10:60:00Z",
                "2026-01-01T10:00:00", "2026-01-01 10:00:00Z", "");
        sameAsJdk(TimeText::offsetDateTime, OffsetDateTime::parse, "2026-04-31T10:00:00Z",
                "2026-01-01T10:00:00+01:60", "2026-01-01T10:00:00", "2026-01-01T10:00:00+1:00", "");
    }

    private static <T> void sameAsJdk(Function<String, T> ours, Function<String, T> jdk, String... inputs) {
        for (String s : inputs) {
            Object expected;
            try {
                expected = jdk.apply(s);
            } catch (DateTimeException e) {
                expected = DateTimeException.class;
            }
            Object actual;
            try {
                actual = ours.apply(s);
            } catch (DateTimeException e) {
                actual = DateTimeException.class;
            }
            assertThat(actual).as(s).isEqualTo(expected);
        }
    }
}
