package com.salescallplanner.domain.crm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an import, row by row, plus the CRM stage names nobody has mapped yet.
 *
 * @param unknownStages each unknown CRM stage name with the lines that use it, in file order
 */
public record ImportReport(List<RowResult> rows, Map<String, List<Integer>> unknownStages) {
    public ImportReport {
        rows = List.copyOf(rows);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        unknownStages.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        unknownStages = java.util.Collections.unmodifiableMap(copy);
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public long imported() {
        return count(RowStatus.IMPORTED);
    }

    public long updated() {
        return count(RowStatus.UPDATED);
    }

    public long unchanged() {
        return count(RowStatus.UNCHANGED);
    }

    public long rejected() {
        return count(RowStatus.REJECTED);
    }

    public List<RowResult> rejections() {
        return rows.stream().filter(r -> r.status() == RowStatus.REJECTED).toList();
    }

    /**
     * What importing will do, said before it is done: "Will import 3, will update 1, 2 unchanged,
     * 2 skipped (the table says why)"; the unchanged and skipped only when there are some.
     */
    public String ahead() {
        StringBuilder b = new StringBuilder("Will import " + imported() + ", will update " + updated());
        if (unchanged() > 0) {
            b.append(", ").append(unchanged()).append(" unchanged");
        }
        if (rejected() > 0) {
            b.append(", ").append(rejected()).append(" skipped (the table says why)");
        }
        return b.toString();
    }

    /** What the import did, once done: "Imported 3 prospects, updated 1; 2 rows skipped". */
    public String done() {
        String b = "Imported " + imported() + (imported() == 1 ? " prospect" : " prospects") + ", updated " + updated();
        return rejected() == 0 ? b : b + "; " + rejected() + (rejected() == 1 ? " row" : " rows") + " skipped";
    }

    /** "3 imported, 1 updated, 0 unchanged, 2 rejected". */
    public String summary() {
        return imported() + " imported, " + updated() + " updated, " + unchanged() + " unchanged, "
                + rejected() + " rejected";
    }
}
