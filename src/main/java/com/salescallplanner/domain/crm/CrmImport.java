package com.salescallplanner.domain.crm;

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
import java.util.concurrent.CancellationException;
import java.util.function.Function;

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
        return apply(data, table, settings, today, ImportProgress.NONE);
    }

    /**
     * As {@link #apply(PlannerData, CsvTable, ImportSettings, LocalDate)}, telling {@code progress}
     * how far it is; a {@link CancellationException} when {@code progress} stops it.
     *
     * <p>The rows' changes are gathered and applied to the data in one step at the end (each row
     * sees the changes of the rows before it), so the time and memory grow with the rows, not
     * with their square.
     */
    public static ImportResult apply(PlannerData data, CsvTable table, ImportSettings settings, LocalDate today,
                                     ImportProgress progress) {
        RowReader reader = new RowReader(settings, new StageMapper(data.stages(), settings.stageAnswers()));
        ProspectMatcher matcher = new ProspectMatcher(data);
        ProspectWriter writer = new ProspectWriter(data.stages(), settings.format(), today);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Integer>> unknownStages = new LinkedHashMap<>();
        List<RowResult> results = new ArrayList<>(table.rows().size());
        Map<ProspectId, Prospect> changed = new LinkedHashMap<>();
        Function<ProspectId, Optional<Prospect>> current = id -> {
            Prospect p = changed.get(id);
            return p != null ? Optional.of(p) : data.prospect(id);
        };
        int total = table.rows().size();
        int done = 0;
        for (CsvRow row : table.rows()) {
            if (done % ImportProgress.EVERY == 0 && !progress.rowsDone(done, total)) {
                throw new CancellationException("The import was cancelled at row " + done + " of " + total + ".");
            }
            done++;
            String label = label(row, settings.mapping());
            try {
                CrmRecord r = reader.read(row);
                Integer earlier = seen.putIfAbsent(ProspectMatcher.recordKey(r), row.line());
                if (earlier != null) {
                    throw new RowRejected("the same deal as line " + earlier);
                }
                Optional<ProspectId> match = matcher.find(r, current);
                Prospect before = match.flatMap(current).orElse(null);
                Prospect after = before == null ? writer.create(r) : writer.update(before, r);
                if (after != before) {
                    data.stages().require(after.stageId());
                    changed.put(after.id(), after);
                    matcher.add(after);
                }
                results.add(new RowResult(row.line(), status(before, after), label, after.stageId(),
                        before == null ? "" : writer.describeChange(before, after)));
            } catch (RowRejected.UnknownStage e) {
                unknownStages.computeIfAbsent(e.stageName(), k -> new ArrayList<>()).add(row.line());
                results.add(new RowResult(row.line(), RowStatus.REJECTED, label, null, e.getMessage()));
            } catch (RowRejected | DomainException e) {
                results.add(new RowResult(row.line(), RowStatus.REJECTED, label, null, e.getMessage()));
            }
        }
        PlannerData after = data.withProspects(changed.values());
        progress.rowsDone(total, total);
        return new ImportResult(after, new ImportReport(results, unknownStages));
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
