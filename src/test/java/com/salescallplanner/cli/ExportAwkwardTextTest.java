package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.store.export.AwkwardTexts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} writes every format whatever the rep typed (issue 11, item 7), with no stack trace. */
class ExportAwkwardTextTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void export_contactNamedWithQuotes_writesAnIcsThatParses() throws StoreException, IOException {
        save(AwkwardTexts.planner("Robert \"Bob\" Smith"));
        Path ics = out.resolve("call.ics");

        CliRun r = CliRun.run(data, "export", "--call", AwkwardTexts.PLANNED.value(), "--format", "ics", "--out",
                ics.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        ICalendar cal = Biweekly.parse(Files.readString(ics, StandardCharsets.UTF_8)).first();
        assertThat(cal.getEvents().get(0).getAttendees()).extracting(a -> a.getCommonName())
                .containsExactly("N Robert \"Bob\" Smith", "Robert \"Bob\" Smith");
    }

    @Test
    void export_pdfWithTextNoFontCovers_writesItAndNamesTheCharacters() throws StoreException, IOException {
        save(AwkwardTexts.planner("Thai: สวัสดี"));
        Path pdf = out.resolve("call.pdf");

        CliRun r = CliRun.run(data, "export", "--call", AwkwardTexts.PLANNED.value(), "--format", "pdf", "--out",
                pdf.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("Wrote " + pdf + "." + System.lineSeparator());
        assertThat(r.err()).startsWith("Note: " + pdf + ": 5 different characters could not be drawn in the PDF")
                .contains("ส (U+0E2A THAI CHARACTER SO SUA)").contains("show as \uFFFD");
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void export_pdfOfChineseHebrewArabicAndEmoji_needsNoNote() throws StoreException {
        save(AwkwardTexts.planner("中文 한국어 עברית العربية 👍"));

        CliRun r = CliRun.run(data, "export", "--call", AwkwardTexts.PLANNED.value(), "--format", "pdf", "--out",
                out.resolve("call.pdf").toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void export_everyAwkwardText_writesEveryFormat() throws StoreException, IOException {
        for (String s : AwkwardTexts.PIECES) {
            save(AwkwardTexts.planner(s));
            for (String format : List.of("ics", "md", "pdf")) {
                Path file = out.resolve("call." + format);
                CliRun r = CliRun.run(data, "export", "--call", AwkwardTexts.PLANNED.value(), "--format", format,
                        "--out", file.toString());
                assertThat(r.err()).as(format + " of " + s).isEmpty();
                assertThat(r.status()).as(format + " of " + s).isZero();
                assertThat(Files.size(file)).isPositive();
            }
            CliRun csv = CliRun.run(data, "export", "--prospects", "--format", "csv", "--out",
                    out.resolve("list.csv").toString());
            assertThat(csv.err()).as("csv of " + s).isEmpty();
            assertThat(csv.status()).isZero();
        }
    }

    private void save(PlannerData d) throws StoreException {
        try (PlannerStore store = PlannerStore.openForWriting(data)) {
            store.save(d);
        }
    }
}
