package com.salescallplanner.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "$12,500.00 | 12500.00",
            "12.500,00 € | 12500.00",
            "EUR 1 200 | 1200",
            "1'250.50 | 1250.50",
            "12500 | 12500",
            "12,500 | 12500",
            "12.500 | 12500",
            "1.5 | 1.5",
            "8000.5 | 8000.5",
            "€ 9.999,99 | 9999.99",
            "1 234 567,89 EUR | 1234567.89",
            "USD 3,000,000 | 3000000",
            "0,00 € | 0.00"})
    void parse_currencyFormats_readTheValue(String raw, String expected) {
        assertThat(AmountParser.parse(raw)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void parse_narrowNoBreakSpaceGrouping_readsTheValue() {
        assertThat(AmountParser.parse("12\u202F500,00\u00A0€")).isEqualByComparingTo("12500");
    }

    @Test
    void parse_emptyCell_isNoAmount() {
        assertThat(AmountParser.parse("  ")).isNull();
    }

    @Test
    void parse_words_isRejectedQuotingTheText() {
        assertThatThrownBy(() -> AmountParser.parse("n/a")).hasMessageContaining("'n/a' is not an amount");
    }

    @Test
    void parse_negative_isRejected() {
        assertThatThrownBy(() -> AmountParser.parse("-$10")).hasMessageContaining("negative");
        assertThatThrownBy(() -> AmountParser.parse("(1,000.00)")).hasMessageContaining("negative");
    }

    @Test
    void parse_twoDecimalMarks_isRejected() {
        assertThatThrownBy(() -> AmountParser.parse("1,2,3.4.5")).hasMessageContaining("not an amount");
    }
}
