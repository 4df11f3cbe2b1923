package com.salescallplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.ExportFileWriter;
import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import biweekly.Biweekly;

import com.salescallplanner.store.export.AwkwardTexts;
import com.salescallplanner.store.export.CallExportFormat;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.model.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCallViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T08:00:00Z"), ZONE);

    @TempDir
    Path dir;

    private final Prospect acme = Prospect.create("Bäckerei Öztürk & Söhne", "Ovens", StageModel.DISCOVERY,
            LocalDate.of(2026, 3, 1));
    private final CallPlan call = CallPlan.draft(acme.id(), ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, ZONE),
            Duration.ofMinutes(30), StageModel.DISCOVERY);
    private final Workspace workspace = new Workspace(PlannerData.empty().withProspect(acme).withCall(call), CLOCK);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> asked = dialogs.fileRequests;

    private ExportCallViewModel vm(Optional<Path> answer) {
        dialogs.files = name -> answer;
        return new ExportCallViewModel(workspace, dialogs, ExportFileWriter.withoutDataFolder(), Runnable::run, Runnable::run);
    }

    @Test
    void export_ics_writesTheEventToTheChosenFile() throws IOException {
        Path target = dir.resolve("call.ics");
        ExportCallViewModel vm = vm(Optional.of(target));
        vm.selectedCallProperty().set(call.id());

        vm.export(CallExportFormat.ICS);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("BEGIN:VEVENT")
                .contains("UID:" + call.id() + "@sales-call-planner");
        assertThat(asked).containsExactly("backerei-ozturk-sohne-2026-03-24.ics");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved call.ics.");
    }

    @Test
    void export_pdfAndMarkdown_writeTheSheet() throws IOException {
        ExportCallViewModel pdf = vm(Optional.of(dir.resolve("sheet.pdf")));
        pdf.selectedCallProperty().set(call.id());
        pdf.export(CallExportFormat.PDF);
        ExportCallViewModel md = vm(Optional.of(dir.resolve("sheet.md")));
        md.selectedCallProperty().set(call.id());
        md.export(CallExportFormat.MD);

        assertThat(Files.readAllBytes(dir.resolve("sheet.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(dir.resolve("sheet.md"))).startsWith("# Call with Bäckerei Öztürk & Söhne: Ovens");
    }

    @Test
    void export_icsOfAContactNamedWithQuotes_isSavedAndParses() throws IOException {
        PlannerData d = AwkwardTexts.planner("Robert \"Bob\" Smith");
        Path target = dir.resolve("bob.ics");
        ExportCallViewModel vm = new ExportCallViewModel(new Workspace(d, CLOCK), FakeDialogs.answeringFile(target),
                ExportFileWriter.withoutDataFolder(), Runnable::run, Runnable::run);
        vm.selectedCallProperty().set(AwkwardTexts.PLANNED);

        vm.export(CallExportFormat.ICS);

        assertThat(vm.messageProperty().get()).isEqualTo("Saved bob.ics.");
        assertThat(Biweekly.parse(Files.readString(target, StandardCharsets.UTF_8)).first().getEvents().get(0)
                .getAttendees()).extracting(a -> a.getCommonName()).contains("Robert \"Bob\" Smith");
    }

    @Test
    void export_everyFormatOfEveryAwkwardText_isSaved() {
        for (String s : AwkwardTexts.PIECES) {
            for (CallExportFormat f : CallExportFormat.values()) {
                Path target = dir.resolve("call." + f.extension());
                ExportCallViewModel vm = new ExportCallViewModel(new Workspace(AwkwardTexts.planner(s), CLOCK),
                        FakeDialogs.answeringFile(target), ExportFileWriter.withoutDataFolder(), Runnable::run,
                        Runnable::run);
                vm.selectedCallProperty().set(AwkwardTexts.PLANNED);

                vm.export(f);

                assertThat(vm.messageProperty().get()).as(f + " of " + s).isEqualTo("Saved call." + f.extension() + ".");
            }
        }
    }

    @Test
    void export_pdfWithTextNoFontCovers_saysWhichCharactersShowAsReplacements() {
        Path target = dir.resolve("thai.pdf");
        ExportCallViewModel vm = new ExportCallViewModel(new Workspace(AwkwardTexts.planner("สวัสดี"), CLOCK),
                FakeDialogs.answeringFile(target), ExportFileWriter.withoutDataFolder(), Runnable::run, Runnable::run);
        vm.selectedCallProperty().set(AwkwardTexts.PLANNED);

        vm.export(CallExportFormat.PDF);

        assertThat(vm.messageProperty().get()).startsWith("Saved thai.pdf. 5 different characters could not be drawn")
                .contains("ส (U+0E2A THAI CHARACTER SO SUA)");
    }

    @Test
    void export_cancelledDialog_writesNothing() throws IOException {
        ExportCallViewModel vm = vm(Optional.empty());
        vm.selectedCallProperty().set(call.id());

        vm.export(CallExportFormat.ICS);

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void export_folderMissing_reportsWhereItCouldNotSave() {
        ExportCallViewModel vm = vm(Optional.of(dir.resolve("missing/call.ics")));
        vm.selectedCallProperty().set(call.id());

        vm.export(CallExportFormat.ICS);

        assertThat(vm.messageProperty().get()).startsWith("Could not save").contains("missing");
    }

    @Test
    void canExport_followsTheSelectionAndTheData() {
        ExportCallViewModel vm = vm(Optional.empty());
        assertThat(vm.canExportProperty().get()).isFalse();

        vm.selectedCallProperty().set(call.id());
        assertThat(vm.canExportProperty().get()).isTrue();

        workspace.apply("Delete call", d -> d.withoutCall(call.id()));
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.export(CallExportFormat.ICS);
        assertThat(vm.messageProperty().get()).isEqualTo("Select a call to export first.");
        assertThat(asked).isEmpty();
    }

    @Test
    void callSheet_ofTheSelectedCall_namesTheProspect() {
        ExportCallViewModel vm = vm(Optional.empty());
        assertThat(vm.callSheet()).isEmpty();

        vm.selectedCallProperty().set(new CallId(call.id().value()));

        assertThat(vm.callSheet()).get().extracting(s -> s.title()).isEqualTo("Call with Bäckerei Öztürk & Söhne: Ovens");
    }
}
