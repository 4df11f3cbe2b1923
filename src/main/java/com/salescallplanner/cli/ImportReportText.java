package com.salescallplanner.cli;

import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.domain.crm.ImportReport;
import com.salescallplanner.domain.crm.ImportSettings;
import com.salescallplanner.domain.crm.RowResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code import} reports what it did: lines for a person, or one JSON object's entries. */
final class ImportReportText {
    private ImportReportText() {
    }

    /** @param outcome "Saved to ...", or "Dry run: nothing was saved." */
    static String text(String file, CsvDialect dialect, ImportSettings settings, ImportReport report,
                       StageModel stages, String outcome) {
        StringBuilder b = new StringBuilder();
        b.append("Read ").append(file).append(": ").append(settings.format().displayName()).append(", ")
                .append(CsvDialect.delimiterName(dialect.delimiter()).toLowerCase(java.util.Locale.ROOT))
                .append("-separated, ").append(dialect.charset().displayName()).append(", ")
                .append(settings.dateOrder().label().toLowerCase(java.util.Locale.ROOT)).append(".\n");
        b.append(report.summary()).append(".\n");
        if (!report.rejections().isEmpty()) {
            b.append("Rejected rows:\n");
            for (RowResult r : report.rejections()) {
                b.append("  line ").append(r.line()).append(": ").append(r.detail()).append('\n');
            }
        }
        if (!report.unknownStages().isEmpty()) {
            b.append("Unknown stage names (map each with --map-stage \"NAME=STAGE\"; stages: ")
                    .append(stages.namesForMessage()).append("):\n");
            report.unknownStages().forEach((name, lines) -> b.append("  '").append(name).append("' on ")
                    .append(lines.size() == 1 ? "line " : "lines ").append(join(lines)).append('\n'));
        }
        b.append(outcome).append('\n');
        return b.toString();
    }

    static Map<String, Object> json(String file, CsvDialect dialect, ImportSettings settings, ImportReport report,
                                    boolean dryRun, boolean saved) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("format", settings.format().name().toLowerCase(java.util.Locale.ROOT));
        m.put("delimiter", String.valueOf(dialect.delimiter()));
        m.put("charset", dialect.charset().name());
        m.put("dryRun", dryRun);
        m.put("saved", saved);
        m.put("imported", report.imported());
        m.put("updated", report.updated());
        m.put("unchanged", report.unchanged());
        m.put("rejected", report.rejected());
        List<Map<String, Object>> rejections = new ArrayList<>();
        for (RowResult r : report.rejections()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", r.line());
            e.put("reason", r.detail());
            rejections.add(e);
        }
        m.put("rejections", rejections);
        List<Map<String, Object>> unknown = new ArrayList<>();
        report.unknownStages().forEach((name, lines) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", name);
            e.put("lines", lines);
            unknown.add(e);
        });
        m.put("unknownStages", unknown);
        return m;
    }

    private static String join(List<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}
