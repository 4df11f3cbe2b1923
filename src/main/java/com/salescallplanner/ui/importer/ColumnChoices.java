package com.salescallplanner.ui.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The labels the mapping combo boxes offer: "(not imported)" and one per column. Blank headers
 * become "Column 3", and a header used twice gets its column number, so every label is unique.
 */
final class ColumnChoices {
    static final String NOT_IMPORTED = "(not imported)";

    private ColumnChoices() {
    }

    static List<String> labels(List<String> headers) {
        List<String> labels = new ArrayList<>();
        labels.add(NOT_IMPORTED);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i).isBlank() ? "Column " + (i + 1) : headers.get(i);
            if (Collections.frequency(headers, headers.get(i)) > 1) {
                h = h + " (column " + (i + 1) + ")";
            }
            labels.add(h);
        }
        return labels;
    }

    /** The column index a label stands for, or null for "(not imported)" and unknown labels. */
    static Integer column(List<String> labels, String label) {
        int i = label == null ? -1 : labels.indexOf(label);
        return i <= 0 ? null : i - 1;
    }

    static String label(List<String> labels, Integer column) {
        return column == null || column + 1 >= labels.size() ? NOT_IMPORTED : labels.get(column + 1);
    }
}
