package com.salescallplanner.domain.check;

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
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of objectives labelled by a sales trainer (stage, text, kind, advance, owner, owner_text, date,
 * too far ahead as stretch and as conservative) and the checker's agreement with it, field by field.
 * The tables with an {@code owner_text} column were written by someone who had not read the reader's code.
 */
final class AgreementTable {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    private static final StageModel STAGES = StageModel.defaults();

    record Row(long line, String stage, String text, CommitmentKind kind, boolean advance, boolean owner,
               String ownerText, boolean date, Boolean farStretch, Boolean farConservative) {
    }

    /** Rows agreeing per field, out of the rows the field applies to. */
    record Figures(String table, int rows, int all, int advance, int stageFit, int stageFitRows, int kind,
                   int owner, int ownerText, int ownerTextRows, int date, List<String> misses) {

        double share(int agree, int of) {
            return of == 0 ? 1 : agree / (double) of;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "%s (%d rows): all fields %s; advance-or-not %s; stage fit %s; kind %s; owner %s "
                            + "(owner words %s); date %s",
                    table, rows, pct(all, rows), pct(advance, rows), pct(stageFit, stageFitRows), pct(kind, rows),
                    pct(owner, rows), pct(ownerText, ownerTextRows), pct(date, rows));
        }

        private String pct(int agree, int of) {
            return String.format(Locale.ROOT, "%d/%d = %.1f %%", agree, of, 100 * share(agree, of));
        }
    }

    private AgreementTable() {
    }

    static List<Row> load(String name) throws IOException {
        List<Row> out = new ArrayList<>();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                AgreementTable.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String ownerText = r.isMapped("owner_text") ? r.get("owner_text").strip() : "";
                out.add(new Row(r.getRecordNumber() + 1, r.get("stage"), r.get("text"),
                        CommitmentKind.valueOf(r.get("kind").strip()), yes(r.get("advance")), yes(r.get("owner")),
                        ownerText, yes(r.get("date")), optional(r.get("too_far_stretch")),
                        optional(r.get("too_far_conservative"))));
            }
        }
        return out;
    }

    /** Checks every row with the default stages and ladder as both stretch and conservative. */
    static Figures measure(String name, List<Row> rows, ObjectiveChecker checker) {
        int all = 0, advance = 0, stageFit = 0, stageFitRows = 0, kind = 0, owner = 0, ownerText = 0,
                ownerTextRows = 0, date = 0;
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            StageId stageId = STAGES.findByName(row.stage()).orElseThrow().id();
            CheckResult r = checker.check(stageId, Objective.of(Level.STRETCH, row.text()),
                    Objective.of(Level.CONSERVATIVE, row.text()), false, TODAY);
            ObjectiveReading read = r.reading(Level.STRETCH);
            List<String> wrong = new ArrayList<>();
            if (read.advance() == row.advance()) {
                advance++;
            } else {
                wrong.add("advance " + read.advance());
            }
            if (read.kind() == row.kind()) {
                kind++;
            } else {
                wrong.add("kind " + read.kind() + " (label " + row.kind() + ")");
            }
            if (read.hasOwner() == row.owner()) {
                owner++;
            } else {
                wrong.add("owner " + read.owner() + (row.owner() ? " (label " + row.ownerText() + ")" : ""));
            }
            if (row.owner() && !row.ownerText().isEmpty()) {
                ownerTextRows++;
                if (read.hasOwner() && sameOwner(read.owner(), row.ownerText())) {
                    ownerText++;
                } else if (read.hasOwner()) {
                    wrong.add("owner words '" + read.owner() + "' (label '" + row.ownerText() + "')");
                }
            }
            if (read.hasDue() == row.date()) {
                date++;
            } else {
                wrong.add("date " + read.dueDisplay());
            }
            if (row.farStretch() != null || row.farConservative() != null) {
                stageFitRows++;
                boolean fits = true;
                if (row.farStretch() != null && r.has(Rule.TOO_FAR_AHEAD, Target.STRETCH) != row.farStretch()) {
                    wrong.add("too-far-ahead as stretch " + !row.farStretch());
                    fits = false;
                }
                if (row.farConservative() != null
                        && r.has(Rule.TOO_FAR_AHEAD, Target.CONSERVATIVE) != row.farConservative()) {
                    wrong.add("too-far-ahead as conservative " + !row.farConservative());
                    fits = false;
                }
                stageFit += fits ? 1 : 0;
            }
            if (wrong.isEmpty()) {
                all++;
            } else {
                misses.add("line " + row.line() + " [" + row.stage() + "] \"" + row.text() + "\": "
                        + String.join("; ", wrong));
            }
        }
        return new Figures(name, rows.size(), all, advance, stageFit, stageFitRows, kind, owner, ownerText,
                ownerTextRows, date, misses);
    }

    /** Writes the summary and every miss to target/checker-agreement-NAME.txt; returns the summary. */
    static String write(Figures f) throws IOException {
        StringBuilder out = new StringBuilder(f.summary()).append(System.lineSeparator());
        f.misses().forEach(m -> out.append("  miss: ").append(m).append(System.lineSeparator()));
        Files.createDirectories(Path.of("target"));
        String base = f.table().replaceFirst("\\.csv$", "");
        Files.writeString(Path.of("target", "checker-agreement-" + base + ".txt"), out);
        return out.toString();
    }

    /** The same person or role, ignoring case, articles, possessives and punctuation. */
    static boolean sameOwner(String read, String label) {
        return normal(read).equals(normal(label));
    }

    private static String normal(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
        t = t.replaceFirst("^(the|their|its|our|his|her)\\s+", "");
        return t.replaceAll("\\s+", " ");
    }

    static ObjectiveChecker defaultChecker() {
        return new ObjectiveChecker(STAGES, CommitmentLadder.defaults());
    }

    private static boolean yes(String s) {
        return s.strip().equalsIgnoreCase("y");
    }

    private static Boolean optional(String s) {
        return s == null || s.isBlank() ? null : yes(s);
    }
}
