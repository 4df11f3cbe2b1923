package com.salescallplanner.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CrmCsvFileReader;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.domain.crm.ImportField;
import com.salescallplanner.ui.model.Workspace;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ImportWizardViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final Workspace workspace = new Workspace(PlannerData.empty(), CLOCK);
    private final ImportWizardViewModel vm = new ImportWizardViewModel(workspace, new CrmCsvFileReader(), Runnable::run, Runnable::run);

    static Path fixture(String name) {
        try {
            return Path.of(ImportWizardViewModelTest.class.getResource("/com/salescallplanner/store/crm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void load_salesforceReport_showsDetectedSettingsAndPreview() {
        vm.load(fixture("salesforce-opportunities.csv"));

        assertThat(vm.formatProperty().get()).isEqualTo(CrmFormat.SALESFORCE);
        assertThat(vm.delimiterProperty().get()).isEqualTo(',');
        assertThat(vm.charsetProperty().get()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(vm.columnProperty(ImportField.COMPANY).get()).isEqualTo("Account Name");
        assertThat(vm.preview()).extracting(PreviewRow::line, PreviewRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Will import"), org.assertj.core.groups.Tuple.tuple(3, "Will import"),
                org.assertj.core.groups.Tuple.tuple(4, "Will import"), org.assertj.core.groups.Tuple.tuple(6, "Will import"));
        assertThat(vm.summaryProperty().get()).isEqualTo("Will import 4, will update 0");
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(workspace.data().prospects()).as("nothing applied before Import").isEmpty();
    }

    @Test
    void charset_switchedAwayFromDetected_showsGarbledPreviewAndBack() {
        vm.load(fixture("excel-semicolon-cp1252.csv"));
        assertThat(vm.charsetProperty().get()).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(vm.delimiterProperty().get()).isEqualTo(';');
        assertThat(vm.preview().get(0).prospect()).isEqualTo("Müller Maschinenbau GmbH / Fräsen für Größe XL");

        vm.charsetProperty().set(StandardCharsets.UTF_8);
        assertThat(vm.preview().get(0).prospect()).contains("\uFFFD");

        vm.charsetProperty().set(CsvDialect.WINDOWS_1252);
        assertThat(vm.preview().get(0).prospect()).isEqualTo("Müller Maschinenbau GmbH / Fräsen für Größe XL");
    }

    @Test
    void delimiter_wrongChoice_rejectsEveryRowAndDisablesImport() {
        vm.load(fixture("excel-semicolon-cp1252.csv"));

        vm.delimiterProperty().set(',');

        assertThat(vm.preview()).allMatch(r -> r.status().equals("Will skip"));
        assertThat(vm.canImportProperty().get()).isFalse();
    }

    @Test
    void column_unmapped_rejectsRowsNamingTheField() {
        vm.load(fixture("hubspot-deals.csv"));

        vm.columnProperty(ImportField.COMPANY).set(ColumnChoices.NOT_IMPORTED);

        assertThat(vm.preview()).extracting(PreviewRow::detail).containsOnly("no column is mapped to the company");
        vm.columnProperty(ImportField.COMPANY).set("Deal Name");
        assertThat(vm.preview()).extracting(PreviewRow::status).containsOnly("Will import");
    }

    @Test
    void stageQuestions_answered_importThoseRowsAsOneUndoableEdit() {
        vm.load(fixture("unknown-stages.csv"));
        assertThat(vm.stageQuestions()).extracting(StageQuestion::crmStage, StageQuestion::lines).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Verbal Commit", "lines 2, 4"),
                org.assertj.core.groups.Tuple.tuple("Technical Win", "line 3"));
        assertThat(vm.summaryProperty().get()).isEqualTo("Will import 1, will update 0, 3 skipped (the table says why)");

        vm.stageQuestions().get(0).answerProperty().set(workspace.data().stages().require(StageModel.NEGOTIATION));
        assertThat(vm.summaryProperty().get()).isEqualTo("Will import 3, will update 0, 1 skipped (the table says why)");
        assertThat(vm.messageProperty().get()).doesNotContain("Imported");
        vm.importNow();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Imported 3 prospects, updated 0; 1 row skipped from unknown-stages.csv.");

        assertThat(workspace.data().prospects()).extracting(Prospect::company).containsExactly("Alpha", "Gamma", "Delta");
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Undo Import unknown-stages.csv");
        assertThat(vm.doneProperty().get()).isTrue();
        workspace.undo();
        assertThat(workspace.data().prospects()).isEmpty();
    }

    @Test
    void load_missingFile_saysSoAndOffersNoImport() {
        vm.load(Path.of("/no/such/file.csv"));

        assertThat(vm.messageProperty().get()).contains("does not exist");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.canImportProperty().get()).isFalse();
    }
}
