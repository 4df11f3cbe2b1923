package com.salescallplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.ExportFileWriter;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's exports never write onto the data folder's own files (issue 11, item 1). */
class ExportKeepsOutOfDataFolderTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T08:00:00Z"), ZONE);

    @TempDir
    Path root;
    private Path data;
    private final Prospect acme = Prospect.create("Acme", "Ovens", StageModel.DISCOVERY, LocalDate.of(2026, 3, 1));
    private final CallPlan call = CallPlan.draft(acme.id(), ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, ZONE),
            Duration.ofMinutes(30), StageModel.DISCOVERY);
    private final PlannerData planner = PlannerData.empty().withProspect(acme).withCall(call);
    private final Workspace workspace = new Workspace(planner, CLOCK);
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void saveTwice() throws StoreException, IOException {
        data = Files.createDirectories(root.resolve("data"));
        try (PlannerStore store = PlannerStore.openForWriting(data)) {
            store.save(planner);
            store.save(planner.withProspect(acme.withNotes("second")));
        }
        Files.createSymbolicLink(root.resolve("via-link"), data);
    }

    @Test
    void exportCall_ontoTheDataFileThroughALink_isRefusedAndChangesNothing() throws IOException {
        Map<Path, String> before = snapshot();
        Path target = root.resolve("via-link/planner.json");
        ExportCallViewModel vm = new ExportCallViewModel(workspace, answer(target), ExportFileWriter.keepingOutOf(data),
                Runnable::run, Runnable::run);
        vm.selectedCallProperty().set(call.id());

        vm.export(CallExportFormat.ICS);

        assertThat(vm.messageProperty().get()).startsWith("Not saved: " + target + ": that is "
                + data.toRealPath().resolve("planner.json") + ", the planner's data file.")
                .contains("choose another file");
        assertThat(snapshot()).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void exportCall_intoTheBackupsOrOntoTheLock_isRefused() throws IOException {
        Map<Path, String> before = snapshot();
        for (Path target : List.of(data.resolve("backups/call.pdf"), data.resolve("Planner.LOCK"))) {
            ExportCallViewModel vm = new ExportCallViewModel(workspace, answer(target), ExportFileWriter.keepingOutOf(data),
                    Runnable::run, Runnable::run);
            vm.selectedCallProperty().set(call.id());

            vm.export(CallExportFormat.PDF);

            assertThat(vm.messageProperty().get()).startsWith("Not saved: " + target);
        }
        assertThat(snapshot()).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void exportProspects_ontoTheDataFile_isRefusedAndChangesNothing() throws IOException {
        Map<Path, String> before = snapshot();
        Path target = data.resolve("../data/planner.json");
        ProspectListExport export = new ProspectListExport(workspace, answer(target), ExportFileWriter.keepingOutOf(data),
                Runnable::run, Runnable::run);

        export.export(messages::add);

        assertThat(messages).last().asString().startsWith("Not saved: " + target).contains("the planner's data file");
        assertThat(snapshot()).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void exportProspects_besideTheData_isSaved() throws IOException {
        ProspectListExport export = new ProspectListExport(workspace, answer(data.resolve("list.csv")),
                ExportFileWriter.keepingOutOf(data), Runnable::run, Runnable::run);

        export.export(messages::add);

        assertThat(messages).last().isEqualTo("Saved list.csv.");
        assertThat(Files.readString(data.resolve("list.csv"), StandardCharsets.UTF_8)).contains("Acme");
    }

    private static FakeDialogs answer(Path target) {
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.files = name -> Optional.of(target);
        return dialogs;
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> m = new HashMap<>();
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(data.relativize(p), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }
}
