package com.salescallplanner.store.crm;

import com.salescallplanner.domain.crm.ColumnMapping;
import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.domain.crm.CrmImport;
import com.salescallplanner.domain.crm.CsvRow;
import com.salescallplanner.domain.crm.CsvTable;
import com.salescallplanner.domain.crm.DateOrder;
import com.salescallplanner.domain.crm.ImportResult;
import com.salescallplanner.domain.crm.ImportSettings;
import com.salescallplanner.domain.crm.RowResult;
import com.salescallplanner.domain.crm.RowStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CrmImportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static ImportResult importFixture(PlannerData data, String name, LocalDate today) {
        byte[] bytes = Fixtures.bytes(name);
        CsvDialect dialect = CsvDialect.detect(bytes);
        CsvTable table = CsvTableReader.read(bytes, dialect);
        return CrmImport.apply(data, table, ImportSettings.detect(table, dialect.usualDateOrder()), today);
    }

    private static Prospect byCompany(PlannerData data, String company) {
        return data.prospects().stream().filter(p -> p.company().equals(company)).findFirst().orElseThrow();
    }

    @Test
    void apply_salesforceReport_importsEveryRowWithItsFields() {
        ImportResult r = importFixture(PlannerData.empty(), "salesforce-opportunities.csv", TODAY);

        assertThat(r.report().summary()).isEqualTo("4 imported, 0 updated, 0 unchanged, 0 rejected");
        Prospect acme = byCompany(r.data(), "Acme, Inc.");
        assertThat(acme.dealName()).isEqualTo("Fleet renewal 2026");
        assertThat(acme.crmId()).isEqualTo("0065g00000AbCdE");
        assertThat(acme.amount()).isEqualByComparingTo("12500");
        assertThat(acme.stageId()).isEqualTo(StageModel.DISCOVERY);
        assertThat(acme.inStageSince()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(acme.notes()).contains("Close date: 2026-03-15").contains("Owner: Jane Doe");
        assertThat(byCompany(r.data(), "Société Générale").dealName()).isEqualTo("Pilot \"Phase 2\"");
        assertThat(byCompany(r.data(), "Nordwind Logistik GmbH").stageId()).isEqualTo(StageModel.CLOSED_WON);
        Prospect tokyo = byCompany(r.data(), "株式会社サンプル");
        assertThat(tokyo.amount()).isNull();
        assertThat(tokyo.stageId()).isEqualTo(StageModel.EVALUATION);
    }

    @Test
    void apply_withProgress_reportsEveryThousandRowsAndTheEnd() {
        CsvTable table = generated(2_500);
        List<int[]> heard = new java.util.ArrayList<>();

        ImportResult r = CrmImport.apply(PlannerData.empty(), table, ImportSettings.detect(table,
                new CsvDialect(',', java.nio.charset.StandardCharsets.UTF_8).usualDateOrder()), TODAY, (done, total) -> {
                    heard.add(new int[] {done, total});
                    return true;
                });

        assertThat(r.data().prospects()).hasSize(2_500);
        assertThat(heard).extracting(h -> h[0]).containsExactly(0, 1_000, 2_000, 2_500);
        assertThat(heard).extracting(h -> h[1]).containsOnly(2_500);
    }

    @Test
    void apply_cancelledHalfWay_throwsAndTheDataIsUnchanged() {
        CsvTable table = generated(3_000);
        PlannerData before = importFixture(PlannerData.empty(), "salesforce-opportunities.csv", TODAY).data();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrmImport.apply(before, table,
                        ImportSettings.detect(table, new CsvDialect(',', java.nio.charset.StandardCharsets.UTF_8).usualDateOrder()), TODAY,
                        (done, total) -> done < 2_000))
                .isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessage("The import was cancelled at row 2000 of 3000.");
        assertThat(before.prospects()).hasSize(4);
    }

    @Test
    void apply_rowsUpdatingRowsOfTheSameFile_seeEachOthersChanges() {
        String csv = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount\n"
                + ",Fleet,Acme,Prospecting,100\n"
                + "006A,Fleet,Acme,Needs Analysis,200\n"
                + "006A,Fleet,Acme,Closed Won,300\n";
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CsvDialect dialect = CsvDialect.detect(bytes);
        CsvTable table = CsvTableReader.read(bytes, dialect);

        ImportResult r = CrmImport.apply(PlannerData.empty(), table, ImportSettings.detect(table, dialect.usualDateOrder()), TODAY);

        assertThat(r.report().rows()).extracting(RowResult::status).containsExactly(RowStatus.IMPORTED,
                RowStatus.UPDATED, RowStatus.REJECTED);
        assertThat(r.data().prospects()).singleElement().satisfies(p -> {
            assertThat(p.crmId()).isEqualTo("006A");
            assertThat(p.amount()).isEqualByComparingTo("200");
            assertThat(p.stageId()).isEqualTo(StageModel.DISCOVERY);
        });
    }

    /** A Salesforce report of n distinct deals. */
    static CsvTable generated(int n) {
        StringBuilder b = new StringBuilder("Opportunity ID,Opportunity Name,Account Name,Stage,Amount\n");
        for (int i = 0; i < n; i++) {
            b.append("006").append(i).append(",Deal ").append(i).append(",Company ").append(i)
                    .append(",Prospecting,").append(100 + i).append('\n');
        }
        byte[] bytes = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return CsvTableReader.read(bytes, CsvDialect.detect(bytes));
    }

    @Test
    void apply_sameFileTwice_updatesInsteadOfDuplicating() {
        PlannerData once = importFixture(PlannerData.empty(), "salesforce-opportunities.csv", TODAY).data();

        ImportResult twice = importFixture(once, "salesforce-opportunities.csv", TODAY.plusDays(7));

        assertThat(twice.data().prospects()).hasSize(4);
        assertThat(twice.report().summary()).isEqualTo("0 imported, 0 updated, 4 unchanged, 0 rejected");
        assertThat(twice.data()).isEqualTo(once);
    }

    @Test
    void apply_reimportWithChanges_updatesAndRecordsTheStageChange() {
        PlannerData once = importFixture(PlannerData.empty(), "salesforce-opportunities.csv", TODAY).data();
        LocalDate weekLater = TODAY.plusDays(7);

        ImportResult r = importFixture(once, "salesforce-reimport.csv", weekLater);

        assertThat(r.report().summary()).isEqualTo("1 imported, 2 updated, 2 unchanged, 0 rejected");
        assertThat(r.data().prospects()).hasSize(5);
        Prospect acme = byCompany(r.data(), "Acme, Inc.");
        assertThat(acme.id()).isEqualTo(byCompany(once, "Acme, Inc.").id());
        assertThat(acme.stageHistory()).containsExactly(
                new StageChange(StageModel.DISCOVERY, LocalDate.of(2026, 1, 20)),
                new StageChange(StageModel.PROPOSAL, weekLater));
        assertThat(byCompany(r.data(), "Société Générale").amount()).isEqualByComparingTo("52000");
        assertThat(r.report().rows()).filteredOn(x -> x.status() == RowStatus.UPDATED)
                .extracting(RowResult::line, RowResult::detail)
                .containsExactly(tuple(2, "stage Discovery -> Proposal"), tuple(3, "amount 48000.00 -> 52000.00"));
    }

    @Test
    void apply_rowWithoutCrmId_matchesCompanyAndDealIgnoringCase() {
        Prospect typed = Prospect.create("VANDELAY industries", "latex IMPORT", StageModel.PROSPECTING,
                LocalDate.of(2026, 1, 1));
        PlannerData data = PlannerData.empty().withProspect(typed);

        ImportResult r = importFixture(data, "generic-prospects.csv", TODAY);

        assertThat(r.data().prospects()).hasSize(3);
        Prospect updated = r.data().prospect(typed.id()).orElseThrow();
        assertThat(updated.stageId()).isEqualTo(StageModel.DISCOVERY);
        assertThat(updated.amount()).isEqualByComparingTo("1200");
        assertThat(updated.company()).isEqualTo("Vandelay Industries");
    }

    @Test
    void apply_crmRowFindsHandTypedProspect_claimsItWithTheCrmId() {
        Prospect typed = Prospect.create("Acme, Inc.", "Fleet Renewal 2026", StageModel.DISCOVERY,
                LocalDate.of(2026, 1, 1));
        PlannerData data = PlannerData.empty().withProspect(typed);

        ImportResult r = importFixture(data, "salesforce-opportunities.csv", TODAY);

        assertThat(r.data().prospects()).hasSize(4);
        assertThat(r.data().prospect(typed.id()).orElseThrow().crmId()).isEqualTo("0065g00000AbCdE");
    }

    @Test
    void apply_hubspotExport_mapsInternalStageIdsAndLabels() {
        ImportResult r = importFixture(PlannerData.empty(), "hubspot-deals.csv", TODAY);

        assertThat(r.report().rejected()).isZero();
        assertThat(r.data().prospects()).extracting(Prospect::company, Prospect::stageId).containsExactly(
                tuple("Globex Corporation", StageModel.DISCOVERY), tuple("Initech", StageModel.EVALUATION),
                tuple("Umbrella Corp", StageModel.NEGOTIATION), tuple("Hooli", StageModel.CLOSED_LOST));
        Prospect globex = byCompany(r.data(), "Globex Corporation");
        assertThat(globex.crmId()).isEqualTo("9876543210");
        assertThat(globex.inStageSince()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(byCompany(r.data(), "Initech").amount()).isEqualByComparingTo("8000.5");
    }

    @Test
    void apply_excelSemicolonWindows1252_keepsUmlautsAndEuropeanAmounts() {
        ImportResult r = importFixture(PlannerData.empty(), "excel-semicolon-cp1252.csv", TODAY);

        assertThat(r.report().rejected()).isZero();
        Prospect mueller = byCompany(r.data(), "Müller Maschinenbau GmbH");
        assertThat(mueller.dealName()).isEqualTo("Fräsen für Größe XL");
        assertThat(mueller.amount()).isEqualByComparingTo("12500");
        assertThat(mueller.stageId()).isEqualTo(StageModel.DISCOVERY);
        assertThat(mueller.inStageSince()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(byCompany(r.data(), "Bäckerei Öztürk").amount()).isEqualByComparingTo("1200.50");
        assertThat(byCompany(r.data(), "Café Señor").stageId()).isEqualTo(StageModel.CLOSED_LOST);
    }

    @Test
    void apply_badRows_areRejectedWithLineAndReasonWhileGoodRowsImport() {
        ImportResult r = importFixture(PlannerData.empty(), "bad-rows.csv", TODAY);

        assertThat(r.data().prospects()).extracting(Prospect::company).containsExactly("Good Co", "Second Good Co");
        assertThat(r.report().rejections()).extracting(RowResult::line, RowResult::detail).containsExactly(
                tuple(5, "the company is empty (column 'Account Name')"),
                tuple(6, "'n/a' is not an amount (column 'Amount')"),
                tuple(7, "'31/31/2026' is not a valid date (column 'Close Date')"),
                tuple(8, "the amount -$10 is negative (column 'Amount')"),
                tuple(9, "the same deal as line 2"),
                tuple(11, "the row has 8 cells but the header has 7 columns (is the delimiter right?)"));
    }

    @Test
    void apply_unknownStages_areReportedWithTheirLines() {
        ImportResult r = importFixture(PlannerData.empty(), "unknown-stages.csv", TODAY);

        assertThat(r.report().unknownStages()).containsExactly(
                Map.entry("Verbal Commit", List.of(2, 4)), Map.entry("Technical Win", List.of(3)));
        assertThat(r.report().rejections()).extracting(RowResult::detail).contains("unknown stage 'Verbal Commit'");
        assertThat(r.data().prospects()).extracting(Prospect::company).containsExactly("Delta");
    }

    @Test
    void apply_unknownStagesAnswered_importsThoseRows() {
        byte[] bytes = Fixtures.bytes("unknown-stages.csv");
        CsvDialect dialect = CsvDialect.detect(bytes);
        CsvTable table = CsvTableReader.read(bytes, dialect);
        ImportSettings settings = ImportSettings.detect(table, dialect.usualDateOrder()).withStageAnswers(
                Map.of("verbal commit", StageModel.NEGOTIATION, "Technical Win", StageModel.EVALUATION));

        ImportResult r = CrmImport.apply(PlannerData.empty(), table, settings, TODAY);

        assertThat(r.report().unknownStages()).isEmpty();
        assertThat(r.data().prospects()).extracting(Prospect::stageId).containsExactly(
                StageModel.NEGOTIATION, StageModel.EVALUATION, StageModel.NEGOTIATION, StageModel.CLOSED_WON);
    }

    @Test
    void apply_noStageColumnAndNoDates_startsInTheFirstStageToday() {
        CsvTable table = new CsvTable(List.of("Company"), List.of(new CsvRow(2, List.of("Solo Ltd"))));
        ImportSettings settings = new ImportSettings(CrmFormat.GENERIC, ColumnMapping.detect(table.headers()),
                DateOrder.MONTH_FIRST, Map.of());

        Prospect p = CrmImport.apply(PlannerData.empty(), table, settings, TODAY).data().prospects().get(0);

        assertThat(p.stageHistory()).containsExactly(new StageChange(StageModel.PROSPECTING, TODAY));
    }

    @Test
    void apply_tooLongCompany_isRejectedWithTheDomainMessage() {
        CsvTable table = new CsvTable(List.of("Company"), List.of(new CsvRow(2, List.of("x".repeat(300)))));
        ImportSettings settings = new ImportSettings(CrmFormat.GENERIC, ColumnMapping.detect(table.headers()),
                DateOrder.MONTH_FIRST, Map.of());

        ImportResult r = CrmImport.apply(PlannerData.empty(), table, settings, TODAY);

        assertThat(r.report().rejections()).singleElement().extracting(RowResult::detail).asString()
                .contains("Company is too long");
    }
}
