package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.Formats;

import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Builds read-only table columns that sort on the value and show it formatted. */
public final class TableColumns {
    private TableColumns() {
    }

    /** A column of plain text, sorted alphabetically. */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        return column(title, value, s -> s, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER), false);
    }

    /** A right-aligned column, sorted on the value and shown through {@code format}. */
    public static <S, T> TableColumn<S, T> number(String title, Function<S, T> value, Function<T, String> format,
                                                  Comparator<T> order) {
        return column(title, value, format, order, true);
    }

    /** A right-aligned count, e.g. "1,204". */
    public static <S> TableColumn<S, Integer> count(String title, Function<S, Integer> value, Formats formats) {
        return number(title, value, n -> formats.number(n), Comparator.naturalOrder());
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, Function<T, String> format,
                                                   Comparator<T> order, boolean numeric) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator(order);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        if (numeric) {
            c.getStyleClass().add(ReportStyles.NUMBER_CELL);
        }
        return c;
    }
}
