package com.salescallplanner.store.crm;

import com.salescallplanner.domain.crm.CsvRow;
import com.salescallplanner.domain.crm.CsvTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void parse_utf8Bom_isNotPartOfTheFirstHeader() {
        CsvTable t = Fixtures.table("salesforce-opportunities.csv");

        assertThat(t.headers().get(0)).isEqualTo("Opportunity ID");
    }

    @Test
    void parse_quotedFields_keepCommasQuotesAndLineBreaks() {
        CsvTable t = Fixtures.table("salesforce-opportunities.csv");

        assertThat(t.rows()).hasSize(4);
        assertThat(t.rows().get(0).cell(2)).isEqualTo("Acme, Inc.");
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Pilot \"Phase 2\"");
        assertThat(t.rows().get(2).cell(1)).isEqualTo("Warehouse scanners\r\n(two sites)");
        assertThat(t.rows().get(3).cell(2)).isEqualTo("株式会社サンプル");
    }

    @Test
    void parse_rowAfterMultiLineField_reportsItsPhysicalLine() {
        CsvTable t = Fixtures.table("salesforce-opportunities.csv");

        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(2, 3, 4, 6);
    }

    @Test
    void parse_blankLines_areSkippedButCountedInLineNumbers() {
        CsvTable t = Fixtures.table("bad-rows.csv");

        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(2, 5, 6, 7, 8, 9, 11, 12);
    }

    @Test
    void parse_windows1252_readsUmlautsAndEuroSign() {
        CsvTable t = Fixtures.table("excel-semicolon-cp1252.csv");

        assertThat(t.rows().get(0).cell(0)).isEqualTo("Müller Maschinenbau GmbH");
        assertThat(t.rows().get(0).cell(1)).isEqualTo("Fräsen für Größe XL");
        assertThat(t.rows().get(0).cell(3)).isEqualTo("12.500,00 €");
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Ofenstraße");
    }

    @Test
    void parse_windows1252ReadAsUtf8_showsReplacementCharactersInsteadOfFailing() {
        byte[] b = Fixtures.bytes("excel-semicolon-cp1252.csv");

        CsvTable t = CsvTableReader.read(b, new CsvDialect(';', StandardCharsets.UTF_8));

        assertThat(t.rows().get(0).cell(0)).contains("\uFFFD");
    }

    @Test
    void parse_unclosedQuote_failsNamingTheProblem() {
        byte[] b = "Company,Stage\n\"Acme,Discovery\nBeta,Proposal\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTableReader.read(b, CsvDialect.detect(b)))
                .isInstanceOf(CsvFileException.class).hasMessageContaining("quoted field is never closed");
    }

    @Test
    void parse_emptyFile_failsAskingForAHeader() {
        assertThatThrownBy(() -> CsvTableReader.read(new byte[0], CsvDialect.detect(new byte[0])))
                .isInstanceOf(CsvFileException.class).hasMessageContaining("header");
    }
}
