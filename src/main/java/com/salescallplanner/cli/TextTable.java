package com.salescallplanner.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; long cells are shortened with an ellipsis. */
final class TextTable {
    static final int MAX_WIDTH = 40;

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = headers;
    }

    void add(String... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < row.length; i++) {
            String c = i < cells.length && cells[i] != null ? cells[i].replaceAll("\\s+", " ") : "";
            row[i] = c.length() > MAX_WIDTH ? c.substring(0, MAX_WIDTH - 1) + "…" : c;
        }
        rows.add(row);
    }

    String render() {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = headers[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        for (String[] r : rows) {
            line(sb, r, width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            l.append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append("  ");
        }
        sb.append(l.toString().stripTrailing()).append(System.lineSeparator());
    }
}
