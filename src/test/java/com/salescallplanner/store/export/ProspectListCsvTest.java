package com.salescallplanner.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ProspectListCsvTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void export_listsEachProspectWithNextCallDaysInStageAndStranded() throws IOException {
        PlannerData data = SampleCalls.data(NOW.plusDays(4).withHour(10));

        List<CSVRecord> rows = read(ProspectListCsv.export(data, NOW));

        assertThat(rows.get(0).toList()).isEqualTo(ProspectListCsv.HEADER);
        assertThat(rows.get(1).toList()).containsExactly("Müller Maschinenbau GmbH", "Fleet renewal, phase 2",
                "Evaluation", "", "2026-03-24 10:00", "28", "no");
    }

    @Test
    void export_prospectWithoutNextStep_isStranded() throws IOException {
        Prospect p = Prospect.create("Idle Ltd", "", StageModel.DISCOVERY, LocalDate.of(2026, 3, 1))
                .withCrm("", new BigDecimal("12500.50"));

        List<CSVRecord> rows = read(ProspectListCsv.export(PlannerData.empty().withProspect(p), NOW));

        assertThat(rows.get(1).toList()).containsExactly("Idle Ltd", "", "Discovery", "12500.50", "", "19", "yes");
    }

    @Test
    void export_cellsASpreadsheetWouldRun_getALeadingQuote() throws IOException {
        Prospect p = Prospect.create("=HYPERLINK(\"http://x\")", "+1 deal", StageModel.DISCOVERY, LocalDate.of(2026, 3, 1));
        Prospect q = Prospect.create("@SUM(A1)", "-2 deal", StageModel.DISCOVERY, LocalDate.of(2026, 3, 1));
        Prospect r = Prospect.create("Safe = fine", "\tTabbed", StageModel.DISCOVERY, LocalDate.of(2026, 3, 1));

        List<CSVRecord> rows = read(ProspectListCsv.export(
                PlannerData.empty().withProspect(p).withProspect(q).withProspect(r), NOW));

        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(1).get(1)).isEqualTo("'+1 deal");
        assertThat(rows.get(2).get(0)).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(2).get(1)).isEqualTo("'-2 deal");
        assertThat(rows.get(3).get(0)).isEqualTo("Safe = fine");
    }

    @Test
    void cell_tabAndCarriageReturnStarts_areNeutralised() {
        assertThat(SpreadsheetSafe.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafe.cell("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SpreadsheetSafe.cell("plain")).isEqualTo("plain");
    }
}
