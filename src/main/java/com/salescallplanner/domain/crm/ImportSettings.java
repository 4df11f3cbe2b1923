package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.StageId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides how rows become prospects, detected from the file and adjustable by
 * the user: the CRM format, the column mapping, how to read slashed dates, and the user's
 * answers for stage names the planner does not know.
 *
 * @param stageAnswers CRM stage name to the stage id the user mapped it to
 */
public record ImportSettings(CrmFormat format, ColumnMapping mapping, DateOrder dateOrder,
                             Map<String, StageId> stageAnswers) {
    public ImportSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(dateOrder, "dateOrder");
        stageAnswers = Map.copyOf(stageAnswers);
    }

    /**
     * Detects the format and mapping from the header and the date order from the date columns;
     * ambiguous slashed dates are read in {@code usualDateOrder} (the store's CsvDialect knows it:
     * month first, except in semicolon files, which Excel writes in European locales).
     */
    public static ImportSettings detect(CsvTable table, DateOrder usualDateOrder) {
        ColumnMapping mapping = ColumnMapping.detect(table.headers());
        return new ImportSettings(CrmFormat.detect(table.headers()), mapping,
                detectDateOrder(table, mapping, usualDateOrder), Map.of());
    }

    static DateOrder detectDateOrder(CsvTable table, ColumnMapping mapping, DateOrder usualDateOrder) {
        List<String> dates = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f.isDate()) {
                mapping.column(f).ifPresent(c -> table.rows().forEach(r -> dates.add(r.cell(c))));
            }
        }
        return DateOrder.detect(dates, usualDateOrder);
    }

    public ImportSettings withFormat(CrmFormat f) {
        return new ImportSettings(f, mapping, dateOrder, stageAnswers);
    }

    public ImportSettings withMapping(ColumnMapping m) {
        return new ImportSettings(format, m, dateOrder, stageAnswers);
    }

    public ImportSettings withDateOrder(DateOrder d) {
        return new ImportSettings(format, mapping, d, stageAnswers);
    }

    public ImportSettings withStageAnswers(Map<String, StageId> answers) {
        return new ImportSettings(format, mapping, dateOrder, answers);
    }
}
