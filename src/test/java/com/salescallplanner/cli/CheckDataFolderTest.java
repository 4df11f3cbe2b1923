package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CommandStoreAccess;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.SalesProcess;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.LearnedPhrasings;
import com.salescallplanner.store.PlannerStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check --data DIR} reads the folder's stage model, ladder and learned phrasings, and changes nothing. */
class CheckDataFolderTest {
    /** An objective the rep corrected to a mutual plan (the reader alone reads another kind). */
    private static final String CORRECTED = "Dana runs the kit at her plant by Friday";
    private static final String CONSERVATIVE = "The IT lead sends us their current process documentation by Friday";

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
        JsonNode objective(int i) {
            return JsonMapper.builder().build().readTree(out).get("objectives").get(i);
        }
    }

    private static Run run(String... args) {
        CommandLine cl = new CommandLine(new RootCommand(f -> 0, opt -> opt == null ? Path.of("target", "no-data")
                : Path.of(opt), new CommandStoreAccess()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--today", "2026-02-16", "--conservative", CONSERVATIVE, "--json"));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private void saveRepData() throws Exception {
        PlannerData d = SalesProcess.renameStage(PlannerData.empty(), StageModel.EVALUATION, "Proof of value", "")
                .withLearned(new LearnedPhrasing(LearnedPhrasings.phrasing(CORRECTED), CommitmentKind.MUTUAL_PLAN,
                        null, true));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(d);
        }
    }

    @Test
    void check_withData_readsTheRepsStageNamesAndLearnedPhrasings() throws Exception {
        saveRepData();
        Run mine = run("check", "--data", folder.toString(), "--stage", "Proof of value", "--stretch", CORRECTED);
        assertThat(mine.err()).isEmpty();
        assertThat(mine.objective(0).get("kind").asString()).isEqualTo("MUTUAL_PLAN");
        assertThat(mine.objective(0).get("reading").get("learned").asBoolean()).isTrue();

        Run before = run("--data", folder.toString(), "check", "--stage", "Proof of value", "--stretch", CORRECTED);
        assertThat(before.out()).isEqualTo(mine.out()); // --data before or after the command name

        Run defaults = run("check", "--stage", "Evaluation", "--stretch", CORRECTED);
        assertThat(defaults.objective(0).get("kind").asString()).isNotEqualTo("MUTUAL_PLAN");
        assertThat(defaults.objective(0).get("reading").get("learned").asBoolean()).isFalse();
        Run unknown = run("check", "--stage", "Proof of value", "--stretch", CORRECTED);
        assertThat(unknown.status()).isEqualTo(2); // the defaults have no such stage
    }

    @Test
    void check_withAMissingDataFolder_readsTheDefaultsAndCreatesNothing() {
        Path missing = folder.resolve("not-there");
        Run r = run("check", "--data", missing.toString(), "--stage", "Evaluation", "--stretch", CORRECTED);
        assertThat(r.status()).isZero();
        assertThat(r.objective(0).get("reading").get("learned").asBoolean()).isFalse();
        assertThat(missing).doesNotExist();
    }

    @Test
    void check_withAnUnreadableDataFile_saysSoAndLeavesItAlone() throws Exception {
        Files.writeString(folder.resolve(PlannerStore.FILE_NAME), "{\"schemaVersion\": 3, \"stages\": [");
        Run r = run("check", "--data", folder.toString(), "--stage", "Evaluation", "--stretch", CORRECTED);
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err()).contains(PlannerStore.FILE_NAME).contains("cannot be read");
        assertThat(Files.readString(folder.resolve(PlannerStore.FILE_NAME))).isEqualTo("{\"schemaVersion\": 3, \"stages\": [");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve(PlannerStore.FILE_NAME));
        }
    }

    @Test
    void check_andTheWindowsChecker_agreeOnReadyOrNot() throws Exception {
        saveRepData();
        PlannerData d = PlannerStore.openForReading(folder).load().data();
        com.salescallplanner.ui.plan.CheckerPlanAdvisor window = new com.salescallplanner.ui.plan.CheckerPlanAdvisor(() -> d);
        String[][] plans = {{CORRECTED, CONSERVATIVE}, {CORRECTED, "build rapport"}, {"", CONSERVATIVE},
            {"Send the CFO our brochure", CONSERVATIVE}};
        for (String[] p : plans) {
            CommandLine cl = new CommandLine(new RootCommand(f -> 0, opt -> Path.of(opt), new CommandStoreAccess()));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            int status = cl.execute("check", "--data", folder.toString(), "--today", "2026-02-16", "--stage",
                    "Proof of value", "--stretch", p[0], "--conservative", p[1]);
            boolean windowReady = window.advise(StageModel.EVALUATION,
                    com.salescallplanner.domain.Objective.of(com.salescallplanner.domain.Level.STRETCH, p[0]),
                    com.salescallplanner.domain.Objective.of(com.salescallplanner.domain.Level.CONSERVATIVE, p[1]),
                    false, java.time.LocalDate.of(2026, 2, 16)).ready();
            assertThat(status == 0).as("%s / %s", p[0], p[1]).isEqualTo(windowReady);
        }
        assertThat(window.advise(StageModel.EVALUATION,
                com.salescallplanner.domain.Objective.of(com.salescallplanner.domain.Level.STRETCH, CORRECTED),
                com.salescallplanner.domain.Objective.of(com.salescallplanner.domain.Level.CONSERVATIVE, "build rapport"),
                false, java.time.LocalDate.of(2026, 2, 16)).ready()).isFalse();
    }
}
