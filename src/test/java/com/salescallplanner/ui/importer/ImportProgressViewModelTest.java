package com.salescallplanner.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CrmCsvFileReader;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.model.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import in the wizard shows its progress and can be stopped, leaving the data as it was
 * (issue 11, item 6). The background executor here runs its tasks when the test says, so each
 * state between choosing the file and the preview can be seen.
 */
class ImportProgressViewModelTest {
    private static final int ROWS = 5_000;

    @TempDir
    Path dir;
    private Path csv;
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Executor queued = background::add;
    private final Prospect existing = Prospect.create("Already here", "", StageModel.DISCOVERY, LocalDate.of(2026, 1, 5));
    private final PlannerData start = PlannerData.empty().withProspect(existing);
    private final Workspace workspace = new Workspace(start, ImportWizardViewModelTest.CLOCK);
    private final ImportWizardViewModel vm = new ImportWizardViewModel(workspace, new CrmCsvFileReader(), queued, Runnable::run);
    private final List<Double> progress = new ArrayList<>();

    @BeforeEach
    void writeCsv() throws IOException {
        StringBuilder b = new StringBuilder("Opportunity ID,Opportunity Name,Account Name,Stage,Amount\n");
        for (int i = 0; i < ROWS; i++) {
            b.append("006").append(i).append(",Deal ").append(i).append(",Company ").append(i)
                    .append(",Prospecting,").append(100 + i).append('\n');
        }
        csv = Files.writeString(dir.resolve("big.csv"), b, StandardCharsets.UTF_8);
        vm.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
    }

    @Test
    void load_largeFile_showsReadingThenRowsCheckedThenThePreview() {
        vm.load(csv);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(ImportWizardViewModel.UNKNOWN_PROGRESS);
        assertThat(vm.messageProperty().get()).isEqualTo("Reading big.csv...");

        background.poll().run(); // reads the file, then queues the preview
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Checking 5000 rows...");
        assertThat(vm.canImportProperty().get()).isFalse();

        background.poll().run(); // makes the preview

        assertThat(progress).containsSubsequence(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(progress.subList(progress.indexOf(0.0), progress.size())).isSorted();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.preview()).hasSize(ROWS);
        assertThat(vm.summaryProperty().get()).isEqualTo("Will import 5000, will update 0");
        assertThat(workspace.data()).as("nothing applied before Import").isSameAs(start);

        vm.importNow();

        assertThat(workspace.data().prospects()).hasSize(ROWS + 1);
        workspace.undo();
        assertThat(workspace.data()).isSameAs(start);
    }

    @Test
    void cancel_whileThePreviewIsMade_stopsAndImportsNothing() {
        vm.load(csv);
        background.poll().run();
        vm.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() >= 0.4) {
                vm.cancel();
            }
        });

        background.poll().run();

        assertThat(progress).contains(0.4).doesNotContain(0.6, 1.0);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.preview()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Cancelled: nothing was imported.");
        assertThat(vm.canImportProperty().get()).isFalse();
        vm.importNow();
        assertThat(workspace.data()).isSameAs(start);
        assertThat(background).isEmpty();
    }

    @Test
    void cancel_whileTheFileIsRead_dropsWhatItReads() {
        vm.load(csv);
        vm.cancel();

        background.poll().run();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.preview()).isEmpty();
        assertThat(background).as("no preview started").isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Cancelled: nothing was imported.");
        assertThat(workspace.data()).isSameAs(start);
    }

    @Test
    void settingChangedWhileAPreviewIsMade_onlyTheNewestPreviewShows() {
        vm.load(csv);
        background.poll().run();
        Runnable first = background.poll();

        vm.columnProperty(com.salescallplanner.domain.crm.ImportField.AMOUNT).set(ColumnChoices.NOT_IMPORTED);
        Runnable second = background.poll();
        first.run();
        assertThat(vm.preview()).as("the older run stopped").isEmpty();
        second.run();

        assertThat(vm.preview()).hasSize(ROWS);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void importNow_afterThePlannerChanged_makesThePreviewAgainInsteadOfApplyingAStaleOne() {
        vm.load(csv);
        background.poll().run();
        background.poll().run();
        workspace.apply("Rename", d -> d.withProspect(existing.withDetails("Renamed", "")));

        vm.importNow();

        assertThat(workspace.data().prospects()).hasSize(1);
        assertThat(vm.messageProperty().get()).startsWith("The planner changed since this preview was made");
        background.poll().run();
        vm.importNow();
        assertThat(workspace.data().prospects()).hasSize(ROWS + 1)
                .extracting(Prospect::company).contains("Renamed");
    }
}
