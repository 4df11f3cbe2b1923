package com.salescallplanner.store.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void detect_excelGermanFile_findsSemicolonAndWindows1252() {
        CsvDialect d = CsvDialect.detect(Fixtures.bytes("excel-semicolon-cp1252.csv"));

        assertThat(d.delimiter()).isEqualTo(';');
        assertThat(d.charset()).isEqualTo(CsvDialect.WINDOWS_1252);
    }

    @Test
    void detect_salesforceWithBom_findsCommaAndUtf8() {
        CsvDialect d = CsvDialect.detect(Fixtures.bytes("salesforce-opportunities.csv"));

        assertThat(d.delimiter()).isEqualTo(',');
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void detect_tabSeparatedUtf8WithoutBom_findsTabAndUtf8() {
        CsvDialect d = CsvDialect.detect(Fixtures.bytes("generic-prospects.csv"));

        assertThat(d.delimiter()).isEqualTo('\t');
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void detectDelimiter_commasInsideQuotedHeader_areNotCounted() {
        assertThat(CsvDialect.detectDelimiter("\"a,b,c\";\"d,e\";f\n1;2;3")).isEqualTo(';');
    }

    @Test
    void detect_utf16WithBom_findsUtf16() {
        byte[] bytes = "Company\tStage\nAcme\tDiscovery\n".getBytes(StandardCharsets.UTF_16);

        CsvDialect d = CsvDialect.detect(bytes);

        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16);
        assertThat(d.delimiter()).isEqualTo('\t');
        assertThat(CsvTableReader.read(bytes, d).headers()).containsExactly("Company", "Stage");
    }
}
