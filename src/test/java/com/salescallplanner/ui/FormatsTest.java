package com.salescallplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The window writes a date one way on every page, September included (British English alone writes "Sept"). */
class FormatsTest {
    private final LocalDate september = LocalDate.of(2026, 9, 14);

    @Test
    void date_september_isWrittenAsTheDateFieldsWriteIt() {
        assertThat(Formats.window().date(september)).isEqualTo("14 Sep 2026");
        assertThat(DateFields.converter().toString(september)).isEqualTo(Formats.window().date(september));
    }

    @Test
    void weekdayDateAndMonth_september_useTheSameMonthName() {
        assertThat(Formats.window().month(YearMonth.of(2026, 9))).isEqualTo("Sep 2026");
        assertThat(Formats.window().weekdayDate(september)).isEqualTo("Mon 14 Sep 2026");
    }

    @Test
    void dateAsTyped_readsBackToTheSameDay() {
        assertThat(DateFields.converter().fromString(Formats.window().date(september))).isEqualTo(september);
    }
}
