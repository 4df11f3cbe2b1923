package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An export never writes onto the planner's own files (issue 11, item 1): whatever path leads
 * there (relative, with "..", through a symbolic link, in another case), the command refuses,
 * names the file, and every file in the data folder stays byte for byte as it was.
 */
class ExportOntoStoreFilesTest {
    @TempDir
    Path root;
    private Path data;

    @BeforeEach
    void saveTwice() throws StoreException, IOException {
        data = Files.createDirectories(root.resolve("data"));
        Prospect p = Prospect.create("Globex Corporation", "Analytics platform", StageModel.DISCOVERY,
                LocalDate.of(2026, 1, 5));
        try (PlannerStore store = PlannerStore.openForWriting(data)) {
            store.save(PlannerData.empty().withProspect(p));
            store.save(PlannerData.empty().withProspect(p.withNotes("second save")));
        }
        Files.createSymbolicLink(root.resolve("link-to-data"), data);
        Files.writeString(data.resolve("planner.json.1234.journal"), "journal");
    }

    static Stream<String> storeFiles() {
        return Stream.of("data/planner.json", "data/../data/planner.json", "data/./planner.json",
                "link-to-data/planner.json", "data/PLANNER.JSON", "data/Planner.Json", "data/planner.lock",
                "data/planner.json.1234.journal", "data/backups/any.csv", "data/backups", "data/BACKUPS/new.csv",
                "link-to-data/backups/x.csv", "data");
    }

    @ParameterizedTest
    @MethodSource("storeFiles")
    void export_ontoAFileOfTheStore_isRefusedNamingItAndChangesNothing(String out) throws IOException {
        Map<Path, String> before = snapshot(data);
        Path target = root.resolve(out);

        CliRun r = CliRun.run(data, "export", "--prospects", "--format", "csv", "--out", target.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("Error: --out " + target + ": ")
                .contains("Sales Call Planner's own")
                .contains("choose another file").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("Wrote");
        assertThat(snapshot(data)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void export_symlinkPointingAtTheDataFile_isRefused() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("innocent.csv"), data.resolve("planner.json"));
        Map<Path, String> before = snapshot(data);

        CliRun r = CliRun.run(data, "export", "--prospects", "--format", "csv", "--out", link.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(data.toRealPath().resolve("planner.json").toString())
                .contains("the planner's data file");
        assertThat(snapshot(data)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void export_besideTheDataFile_isWritten() throws IOException {
        Path out = data.resolve("prospects.csv");

        CliRun r = CliRun.run(data, "export", "--prospects", "--format", "csv", "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(Files.readString(out)).contains("Globex Corporation");
    }

    /** Every regular file under the folder with its bytes (links not followed). */
    static Map<Path, String> snapshot(Path folder) throws IOException {
        Map<Path, String> m = new HashMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(folder.relativize(p), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }
}
