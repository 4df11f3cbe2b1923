package com.salescallplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javafx.util.StringConverter;

import org.junit.jupiter.api.Test;

class DateFieldsTest {
    private final StringConverter<LocalDate> converter = DateFields.converter();
    private final LocalDate third = LocalDate.of(2026, 12, 3);

    @Test
    void toString_writesDayMonthYear_asTheRestOfTheWindow() {
        assertThat(converter.toString(third)).isEqualTo("3 Dec 2026");
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void fromString_readsTheShownFormAndDayFirstNumbers() {
        for (String typed : new String[] {"3 Dec 2026", " 3 December 2026 ", "2026-12-03", "3.12.2026", "3/12/2026"}) {
            assertThat(converter.fromString(typed)).as(typed).isEqualTo(third);
        }
        assertThat(converter.fromString("")).isNull();
    }

    @Test
    void fromString_monthInAnyCaseOrWrittenSept_isRead() {
        for (String typed : new String[] {"3 dec 2026", "3 DECEMBER 2026", "3 DEC 2026"}) {
            assertThat(converter.fromString(typed)).as(typed).isEqualTo(third);
        }
        LocalDate september = LocalDate.of(2026, 9, 14);
        for (String typed : new String[] {"14 Sept 2026", "14 sept 2026", "14 Sep 2026", "14 September 2026"}) {
            assertThat(converter.fromString(typed)).as(typed).isEqualTo(september);
        }
    }

    @Test
    void fromString_notADate_throwsSoThePickerKeepsItsValue() {
        assertThatThrownBy(() -> converter.fromString("next Friday")).isInstanceOf(DateTimeParseException.class);
    }
}
