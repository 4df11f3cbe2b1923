package com.salescallplanner.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrmDatesTest {
    private static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "3/15/2026 | MONTH_FIRST",
            "03/15/2026 | MONTH_FIRST",
            "3/15/26 | MONTH_FIRST",
            "3/15/2026 10:00 AM | MONTH_FIRST",
            "15/03/2026 | DAY_FIRST",
            "15.03.2026 | MONTH_FIRST",
            "15.03.2026 | DAY_FIRST",
            "15.03.2026 14:30 | DAY_FIRST",
            "2026-03-15 | MONTH_FIRST",
            "2026-03-15 10:00 | DAY_FIRST",
            "2026-03-15T23:30:00Z | MONTH_FIRST",
            "2026-03-15T10:00:00.000+01:00 | MONTH_FIRST"})
    void parse_crmFormats_readMarch15(String raw, DateOrder order) {
        assertThat(CrmDates.parse(raw, order)).isEqualTo(MARCH_15);
    }

    @Test
    void parse_ambiguousSlashedDate_followsTheOrder() {
        assertThat(CrmDates.parse("03/04/2026", DateOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(CrmDates.parse("03/04/2026", DateOrder.DAY_FIRST)).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void parse_impossibleDate_isRejectedQuotingTheText() {
        assertThatThrownBy(() -> CrmDates.parse("31/31/2026", DateOrder.DAY_FIRST))
                .hasMessageContaining("'31/31/2026' is not a valid date");
        assertThatThrownBy(() -> CrmDates.parse("2026-02-30", DateOrder.DAY_FIRST))
                .hasMessageContaining("not a valid date");
    }

    @Test
    void parse_text_isRejected() {
        assertThatThrownBy(() -> CrmDates.parse("next week", DateOrder.DAY_FIRST)).hasMessageContaining("not a date");
    }

    @Test
    void detect_dayOver12_meansDayFirst() {
        assertThat(DateOrder.detect(List.of("01/02/2026", "25/02/2026"), DateOrder.MONTH_FIRST))
                .isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void detect_onlyAmbiguousDates_keepsTheFallback() {
        assertThat(DateOrder.detect(List.of("01/02/2026", "2026-03-15"), DateOrder.DAY_FIRST))
                .isEqualTo(DateOrder.DAY_FIRST);
    }
}
