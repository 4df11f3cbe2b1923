package com.salescallplanner.domain.crm;

import java.util.List;

/**
 * A CRM export as a header and rows, each row knowing its physical line in the file (read by the
 * store's {@code CsvTableReader}).
 */
public record CsvTable(List<String> headers, List<CsvRow> rows) {
    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
