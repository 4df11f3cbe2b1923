package com.salescallplanner.store.crm;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports CRM rows as prospects: a pure function from the rep's data, the parsed rows, the
 * settings and today's date to the new data and a report, so the window can preview the result
 * and apply it as one undoable edit, and the command line can print it without saving.
 *
 * <p>Good rows import even when others are rejected. A row describing the same deal as an
 * earlier row of the same file is rejected, naming that line.
 */
public final class CrmImport {
    private CrmImport() {
    }

    public static ImportResult apply(PlannerData data, CsvTable table, ImportSettings settings, LocalDate today) {
        RowReader reader = new RowReader(settings, new StageMapper(data.stages(), settings.stageAnswers()));
        ProspectMatcher matcher = new ProspectMatcher(data);
        ProspectWriter writer = new ProspectWriter(data.stages(), settings.format(), today);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Integer>> unknownStages = new LinkedHashMap<>();
        List<RowResult> results = new ArrayList<>();
        PlannerData current = data;
        for (CsvRow row : table.rows()) {
            String label = label(row, settings.mapping());
            try {
                CrmRecord r = reader.read(row);
                Integer earlier = seen.putIfAbsent(ProspectMatcher.recordKey(r), row.line());
                if (earlier != null) {
                    throw new RowRejected("the same deal as line " + earlier);
                }
                Optional<ProspectId> match = matcher.find(r, current);
                Prospect before = match.flatMap(current::prospect).orElse(null);
                Prospect after = before == null ? writer.create(r) : writer.update(before, r);
                if (after != before) {
                    current = current.withProspect(after);
                    matcher.add(after);
                }
                results.add(new RowResult(row.line(), status(before, after), label, after.stageId(),
                        before == null ? "" : writer.describeChange(before, after)));
            } catch (RowRejected.UnknownStage e) {
                unknownStages.computeIfAbsent(e.stageName(), k -> new ArrayList<>()).add(row.line());
                results.add(new RowResult(row.line(), RowStatus.REJECTED, label, "", e.getMessage()));
            } catch (RowRejected | DomainException e) {
                results.add(new RowResult(row.line(), RowStatus.REJECTED, label, "", e.getMessage()));
            }
        }
        return new ImportResult(current, new ImportReport(results, unknownStages));
    }

    private static RowStatus status(Prospect before, Prospect after) {
        if (before == null) {
            return RowStatus.IMPORTED;
        }
        return after.equals(before) ? RowStatus.UNCHANGED : RowStatus.UPDATED;
    }

    /** "Acme GmbH / Fleet renewal", from the raw cells, so even a rejected row can be recognised. */
    private static String label(CsvRow row, ColumnMapping mapping) {
        String company = mapping.column(ImportField.COMPANY).map(row::cell).orElse("");
        String deal = mapping.column(ImportField.DEAL_NAME).map(row::cell).orElse("");
        if (company.isEmpty() || deal.isEmpty()) {
            return company + deal;
        }
        return company + " / " + deal;
    }
}
