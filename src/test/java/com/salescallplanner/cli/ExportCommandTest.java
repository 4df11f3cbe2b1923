package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path outDir;

    private final Prospect prospect = Prospect.create("Globex Corporation", "Analytics platform",
            StageModel.DISCOVERY, LocalDate.of(2026, 1, 5));
    private final CallPlan call = CallPlan.draft(prospect.id(),
                    ZonedDateTime.of(2030, 6, 3, 15, 0, 0, 0, ZoneId.of("America/Chicago")), Duration.ofMinutes(30),
                    StageModel.DISCOVERY)
            .withObjective(Objective.of(Level.STRETCH, "Hank books a demo for the buying group by 2030-06-20"))
            .withObjective(Objective.of(Level.CONSERVATIVE, "Hank shares the current report pack by 2030-06-10"));

    @BeforeEach
    void saveData() throws StoreException {
        try (PlannerStore store = PlannerStore.openForWriting(data)) {
            store.save(PlannerData.empty().withProspect(prospect).withCall(call));
        }
    }

    @Test
    void export_callAsIcs_writesTheEvent() throws IOException {
        Path out = outDir.resolve("call.ics");

        CliRun r = CliRun.run(data, "export", "--call", call.id().value(), "--format", "ics", "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Wrote " + out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("UID:" + call.id() + "@sales-call-planner")
                .contains("DTSTART;TZID=America/Chicago:20300603T150000");
    }

    @Test
    void export_callAsMarkdownAndPdf_writesTheSheet() throws IOException {
        Path md = outDir.resolve("sheet.md");
        Path pdf = outDir.resolve("sheet.pdf");

        assertThat(CliRun.run(data, "export", "--call", call.id().value(), "--format", "md", "--out", md.toString())
                .status()).isZero();
        assertThat(CliRun.run(data, "export", "--call", call.id().value(), "--format", "pdf", "--out", pdf.toString())
                .status()).isZero();

        assertThat(Files.readString(md)).startsWith("# Call with Globex Corporation: Analytics platform")
                .contains("**Stretch objective:** Hank books a demo");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void export_prospectsAsCsv_writesTheList() throws IOException {
        Path csv = outDir.resolve("prospects.csv");

        CliRun r = CliRun.run(data, "export", "--prospects", "--format", "csv", "--out", csv.toString());

        assertThat(r.status()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Company,Deal,Stage,Amount,Next call")
                .contains("Globex Corporation,Analytics platform,Discovery,,2030-06-03 15:00,");
    }

    @Test
    void export_formatThatDoesNotFit_isAUsageError() {
        CliRun csvCall = CliRun.run(data, "export", "--call", call.id().value(), "--format", "csv", "--out", "x.csv");
        CliRun pdfList = CliRun.run(data, "export", "--prospects", "--format", "pdf", "--out", "x.pdf");

        assertThat(csvCall.status()).isEqualTo(2);
        assertThat(csvCall.err()).contains("--format csv is for the prospect list");
        assertThat(pdfList.status()).isEqualTo(2);
        assertThat(pdfList.err()).contains("--prospects exports as csv");
    }

    @Test
    void export_callAndProspectsTogetherOrNeither_isAUsageError() {
        assertThat(CliRun.run(data, "export", "--call", call.id().value(), "--prospects", "--format", "csv",
                "--out", "x.csv").status()).isEqualTo(2);
        assertThat(CliRun.run(data, "export", "--format", "csv", "--out", "x.csv").status()).isEqualTo(2);
        assertThat(CliRun.run(data, "export", "--prospects", "--format", "csv").status()).isEqualTo(2);
    }

    @Test
    void export_unknownOrMalformedCallId_isAUsageErrorNamingIt() {
        CliRun unknown = CliRun.run(data, "export", "--call", "no-such-call", "--format", "ics", "--out", "x.ics");
        CliRun malformed = CliRun.run(data, "export", "--call", "not an id!", "--format", "ics", "--out", "x.ics");

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no call with id no-such-call");
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains("Call id 'not an id!' is invalid");
    }

    @Test
    void export_outFolderMissing_isAnErrorNamingTheFile() {
        Path out = outDir.resolve("missing/call.ics");

        CliRun r = CliRun.run(data, "export", "--call", call.id().value(), "--format", "ics", "--out", out.toString());

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write " + out);
    }

    @Test
    void export_unreadableDataFile_isADataError() throws IOException {
        Files.writeString(data.resolve("planner.json"), "[]", StandardCharsets.UTF_8);

        CliRun r = CliRun.run(data, "export", "--prospects", "--format", "csv", "--out", outDir.resolve("p.csv").toString());

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("planner.json");
    }
}
