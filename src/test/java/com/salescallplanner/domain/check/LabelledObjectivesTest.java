package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checker against a table of objectives labelled by hand from the practice in domain.md
 * (labelled-objectives.csv). Every miss is logged and written to target/checker-agreement.txt.
 */
class LabelledObjectivesTest {
    private static final Logger LOG = LoggerFactory.getLogger(LabelledObjectivesTest.class);
    /** A Monday; the labels' dates only need to be present, so the day matters little. */
    static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    private static final StageModel STAGES = StageModel.defaults();
    private static final ObjectiveChecker CHECKER = new ObjectiveChecker(STAGES, CommitmentLadder.defaults());
    private static List<Row> rows;

    record Row(long line, String stage, String text, CommitmentKind kind, boolean advance, boolean owner,
               boolean date, Boolean farStretch, Boolean farConservative) {
    }

    @BeforeAll
    static void load() throws IOException {
        rows = load("labelled-objectives.csv");
    }

    static List<Row> load(String name) throws IOException {
        List<Row> out = new ArrayList<>();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                LabelledObjectivesTest.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.add(new Row(r.getRecordNumber() + 1, r.get("stage"), r.get("text"),
                        CommitmentKind.valueOf(r.get("kind")), yes(r.get("advance")), yes(r.get("owner")),
                        yes(r.get("date")), optional(r.get("too_far_stretch")), optional(r.get("too_far_conservative"))));
            }
        }
        return out;
    }

    @Test
    void table_hasEnoughRows_atEveryOpenStage_withAdvancesAndContinuations() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        Set<String> stages = rows.stream().map(Row::stage).collect(Collectors.toSet());
        assertThat(stages).containsExactlyInAnyOrder("Prospecting", "Discovery", "Evaluation", "Proposal", "Negotiation");
        for (String stage : stages) {
            assertThat(rows).filteredOn(r -> r.stage().equals(stage) && r.advance()).isNotEmpty();
            assertThat(rows).filteredOn(r -> r.stage().equals(stage) && !r.advance()).isNotEmpty();
        }
        assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.farConservative())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.farStretch())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void checker_labelledTable_agreesOnAtLeast95PercentOfRows() throws IOException {
        double agreement = agreement("labelled-objectives.csv", rows, "checker-agreement.txt");
        assertThat(agreement).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Two more tables, each written before the reader had seen it. Their first runs were the honest
     * estimates for new text (see docs/checker.md); the reader was then improved on them, so now they
     * guard against regressions.
     */
    @Test
    void checker_laterTables_stillAgreeOnAtLeast90PercentOfRows() throws IOException {
        List<Row> first = load("held-out-objectives.csv");
        List<Row> second = load("held-out-2-objectives.csv");
        assertThat(first).hasSizeGreaterThanOrEqualTo(40);
        assertThat(second).hasSizeGreaterThanOrEqualTo(40);
        assertThat(agreement("held-out-objectives.csv", first, "checker-agreement-held-out.txt")).isGreaterThanOrEqualTo(0.9);
        assertThat(agreement("held-out-2-objectives.csv", second, "checker-agreement-held-out-2.txt"))
                .isGreaterThanOrEqualTo(0.9);
    }

    /** Checks every row; returns the share of rows where every label agrees; logs and writes the misses. */
    static double agreement(String name, List<Row> table, String report) throws IOException {
        List<String> misses = new ArrayList<>();
        int[] fieldMisses = new int[5];
        for (Row row : table) {
            List<String> wrong = compare(row, fieldMisses);
            if (!wrong.isEmpty()) {
                misses.add("line " + row.line() + " [" + row.stage() + "] \"" + row.text() + "\": " + String.join("; ", wrong));
            }
        }
        double agreement = (table.size() - misses.size()) / (double) table.size();
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%s: %d of %d rows agree (%.1f%%); misses by field: kind %d, advance %d, owner %d, date %d, too-far %d%n",
                name, table.size() - misses.size(), table.size(), agreement * 100, fieldMisses[0], fieldMisses[1],
                fieldMisses[2], fieldMisses[3], fieldMisses[4]));
        misses.forEach(m -> out.append("  miss: ").append(m).append(System.lineSeparator()));
        LOG.info("{}", out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", report), out);
        return agreement;
    }

    private static List<String> compare(Row row, int[] fieldMisses) {
        StageId stageId = STAGES.findByName(row.stage()).orElseThrow().id();
        CheckResult r = CHECKER.check(stageId, Objective.of(Level.STRETCH, row.text()),
                Objective.of(Level.CONSERVATIVE, row.text()), false, TODAY);
        ObjectiveReading read = r.reading(Level.STRETCH);
        List<String> wrong = new ArrayList<>();
        if (read.kind() != row.kind()) {
            wrong.add("kind " + read.kind() + " (label " + row.kind() + ")");
            fieldMisses[0]++;
        }
        if (read.advance() != row.advance()) {
            wrong.add("advance " + read.advance());
            fieldMisses[1]++;
        }
        if (read.hasOwner() != row.owner()) {
            wrong.add("owner " + read.owner());
            fieldMisses[2]++;
        }
        if (read.hasDue() != row.date()) {
            wrong.add("date " + read.dueDisplay());
            fieldMisses[3]++;
        }
        boolean far = false;
        if (row.farStretch() != null && r.has(Rule.TOO_FAR_AHEAD, Target.STRETCH) != row.farStretch()) {
            wrong.add("too-far-ahead as stretch " + !row.farStretch());
            far = true;
        }
        if (row.farConservative() != null && r.has(Rule.TOO_FAR_AHEAD, Target.CONSERVATIVE) != row.farConservative()) {
            wrong.add("too-far-ahead as conservative " + !row.farConservative());
            far = true;
        }
        fieldMisses[4] += far ? 1 : 0;
        return wrong;
    }

    private static boolean yes(String s) {
        return s.strip().equalsIgnoreCase("y");
    }

    private static Boolean optional(String s) {
        return s == null || s.isBlank() ? null : yes(s);
    }
}
