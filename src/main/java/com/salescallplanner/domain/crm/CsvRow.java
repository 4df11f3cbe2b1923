package com.salescallplanner.domain.crm;

import java.util.List;

/**
 * One data row of a CSV file.
 *
 * @param line the physical line of the file on which the row starts (1 is the header line)
 */
public record CsvRow(int line, List<String> cells) {
    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell in this column, stripped of surrounding blanks; "" when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
