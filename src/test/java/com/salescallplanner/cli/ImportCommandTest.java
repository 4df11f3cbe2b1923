package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTest {
    @TempDir
    Path data;

    static String fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/com/salescallplanner/store/crm/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private PlannerData saved() throws StoreException {
        return PlannerStore.openForReading(data).load().data();
    }

    @Test
    void import_salesforceReport_savesTheProspectsAndReportsCounts() throws StoreException {
        CliRun r = CliRun.run(data, "import", fixture("salesforce-opportunities.csv"));

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Salesforce opportunity report, comma-separated, UTF-8")
                .contains("4 imported, 0 updated, 0 unchanged, 0 rejected.")
                .contains("Saved to " + data.resolve("planner.json"));
        assertThat(saved().prospects()).extracting(Prospect::company)
                .containsExactly("Acme, Inc.", "Société Générale", "Nordwind Logistik GmbH", "株式会社サンプル");
    }

    @Test
    void import_sameFileTwice_changesNothingTheSecondTime() throws StoreException {
        CliRun.run(data, "import", fixture("salesforce-opportunities.csv"));

        CliRun r = CliRun.run(data, "import", fixture("salesforce-opportunities.csv"));

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("0 imported, 0 updated, 4 unchanged, 0 rejected.").contains("Nothing to change");
        assertThat(saved().prospects()).hasSize(4);
    }

    @Test
    void import_dryRun_reportsButSavesNothing() {
        CliRun r = CliRun.run(data, "import", fixture("hubspot-deals.csv"), "--dry-run");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("HubSpot deal export").contains("4 imported").contains("Dry run: nothing was saved.");
        assertThat(data.resolve("planner.json")).doesNotExist();
    }

    @Test
    void import_badRows_listsLineAndReasonAndExitsOne() throws StoreException {
        CliRun r = CliRun.run(data, "import", fixture("bad-rows.csv"));

        assertThat(r.status()).isEqualTo(ImportCommand.ROWS_REJECTED);
        assertThat(r.out()).contains("2 imported, 0 updated, 0 unchanged, 6 rejected.")
                .contains("  line 5: the company is empty (column 'Account Name')")
                .contains("  line 9: the same deal as line 2")
                .contains("  line 11: the row has 8 cells but the header has 7 columns");
        assertThat(saved().prospects()).hasSize(2);
    }

    @Test
    void import_unknownStages_namesThemAndMapStageImportsThem() throws StoreException {
        CliRun first = CliRun.run(data, "import", fixture("unknown-stages.csv"), "--dry-run");
        assertThat(first.out()).contains("  'Verbal Commit' on lines 2, 4").contains("  'Technical Win' on line 3")
                .contains("--map-stage \"NAME=STAGE\"");

        CliRun r = CliRun.run(data, "import", fixture("unknown-stages.csv"),
                "--map-stage", "Verbal Commit=Negotiation", "--map-stage", "technical win=evaluation");

        assertThat(r.status()).isZero();
        assertThat(saved().prospects()).hasSize(4);
    }

    @Test
    void import_mapStageToNoSuchStage_isAUsageError() {
        CliRun r = CliRun.run(data, "import", fixture("unknown-stages.csv"), "--map-stage", "Verbal Commit=Almost");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("there is no stage 'Almost'").contains("Prospecting, Discovery");
        assertThat(data.resolve("planner.json")).doesNotExist();
    }

    @Test
    void import_json_printsTheReportAsOneObject() {
        CliRun r = CliRun.run(data, "import", fixture("unknown-stages.csv"), "--json", "--dry-run");

        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("imported").asInt()).isEqualTo(1);
        assertThat(json.get("rejected").asInt()).isEqualTo(3);
        assertThat(json.get("saved").asBoolean()).isFalse();
        assertThat(json.get("rejections").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(json.get("unknownStages").get(0).get("name").asString()).isEqualTo("Verbal Commit");
        assertThat(json.get("unknownStages").get(0).get("lines").get(1).asInt()).isEqualTo(4);
    }

    @Test
    void import_charsetAndDelimiterOptions_overrideDetection() throws StoreException {
        CliRun wrong = CliRun.run(data, "import", fixture("excel-semicolon-cp1252.csv"), "--charset", "UTF-8", "--dry-run");
        assertThat(wrong.out()).contains("semicolon-separated, UTF-8").contains("is not an amount");

        CliRun right = CliRun.run(data, "import", fixture("excel-semicolon-cp1252.csv"), "--charset", "windows-1252",
                "--delimiter", "semicolon");

        assertThat(right.status()).isZero();
        assertThat(saved().prospects()).extracting(Prospect::company)
                .containsExactly("Müller Maschinenbau GmbH", "Bäckerei Öztürk", "Café Señor");
    }

    @Test
    void import_missingFile_isADataErrorNamingIt() {
        CliRun r = CliRun.run(data, "import", "/no/such/export.csv");

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("Error: /no/such/export.csv: The file does not exist.");
    }

    @Test
    void import_unclosedQuote_isADataErrorNamingTheFile() throws IOException {
        Path broken = data.resolve("broken.csv");
        Files.writeString(broken, "Company,Stage\n\"Acme,Discovery\n", StandardCharsets.UTF_8);

        CliRun r = CliRun.run(data, "import", broken.toString());

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains(broken.toString()).contains("quoted field is never closed");
    }

    @Test
    void import_badOptions_areUsageErrors() {
        assertThat(CliRun.run(data, "import", fixture("hubspot-deals.csv"), "--format", "pipedrive").status()).isEqualTo(2);
        assertThat(CliRun.run(data, "import", fixture("hubspot-deals.csv"), "--delimiter", "pipe").status()).isEqualTo(2);
        CliRun charset = CliRun.run(data, "import", fixture("hubspot-deals.csv"), "--charset", "klingon-8");
        assertThat(charset.status()).isEqualTo(2);
        assertThat(charset.err()).contains("--charset klingon-8: unknown character set");
        assertThat(CliRun.run(data, "import").status()).isEqualTo(2);
    }

    @Test
    void import_unreadableDataFile_isADataErrorAndLeavesItAlone() throws IOException {
        Path file = data.resolve("planner.json");
        Files.writeString(file, "{ not json", StandardCharsets.UTF_8);

        CliRun r = CliRun.run(data, "import", fixture("hubspot-deals.csv"));

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("planner.json");
        assertThat(Files.readString(file)).isEqualTo("{ not json");
    }

    @Test
    void import_folderInUse_exitsFour() throws StoreException {
        try (PlannerStore window = PlannerStore.openForWriting(data)) {
            CliRun r = CliRun.run(data, "import", fixture("hubspot-deals.csv"));

            assertThat(r.status()).isEqualTo(4);
        }
    }
}
