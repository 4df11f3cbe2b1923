package com.salescallplanner.domain.crm;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of the file fills which prospect field. Detected from the header and adjustable
 * in the wizard; a field without a column is left alone (or gets its default for new prospects).
 *
 * @param headers the file's header names, for showing the choices
 * @param columns field to 0-based column index
 */
public record ColumnMapping(List<String> headers, Map<ImportField, Integer> columns) {
    public ColumnMapping {
        headers = List.copyOf(headers);
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        for (Map.Entry<ImportField, Integer> e : columns.entrySet()) {
            Integer column = e.getValue();
            if (column != null) {
                if (column < 0 || column >= headers.size()) {
                    throw new IllegalArgumentException("Column " + column + " for " + e.getKey().label()
                            + " is not in the file (it has " + headers.size() + " columns).");
                }
                copy.put(e.getKey(), column);
            }
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /** Matches each field's known header names against the file's header, best name first. */
    public static ColumnMapping detect(List<String> headers) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        Set<Integer> taken = new HashSet<>();
        for (ImportField field : ImportField.values()) {
            for (String known : field.knownHeaders()) {
                int column = indexOf(headers, known, taken);
                if (column >= 0) {
                    found.put(field, column);
                    taken.add(column);
                    break;
                }
            }
        }
        return new ColumnMapping(headers, found);
    }

    private static int indexOf(List<String> headers, String name, Set<Integer> taken) {
        String wanted = CrmFormat.normalise(name);
        for (int i = 0; i < headers.size(); i++) {
            if (!taken.contains(i) && CrmFormat.normalise(headers.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The header name mapped to the field, or "" when none is. */
    public String headerOf(ImportField field) {
        return column(field).map(headers::get).orElse("");
    }

    /** This mapping with the field read from another column, or from none when {@code column} is null. */
    public ColumnMapping with(ImportField field, Integer column) {
        Map<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(columns);
        if (column == null) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new ColumnMapping(headers, copy);
    }
}
