package com.salescallplanner.ui;

import java.util.List;
import java.util.function.Predicate;

import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;

/**
 * A table or list that takes the keyboard focus with nothing selected selects its first row, so
 * Enter, Delete and the move keys work at once and the arrow keys start from the top (JavaFX
 * otherwise focuses a row without selecting it, and the first Down goes to the second row).
 */
public final class FirstRowOnFocus {
    private FirstRowOnFocus() {
    }

    public static void install(TableView<?> table) {
        table.focusedProperty().addListener((obs, o, focused) -> {
            if (focused) {
                selectFirst(table.getSelectionModel(), table.getItems());
            }
        });
    }

    public static void install(ListView<?> list) {
        list.focusedProperty().addListener((obs, o, focused) -> {
            if (focused) {
                selectFirst(list.getSelectionModel(), list.getItems());
            }
        });
    }

    /** As {@link #install(ListView)}, selecting the first row a rep can act on (not a heading). */
    public static <T> void install(ListView<T> list, Predicate<T> actionable) {
        list.focusedProperty().addListener((obs, o, focused) -> {
            if (focused && list.getSelectionModel().isEmpty()) {
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (actionable.test(list.getItems().get(i))) {
                        list.getSelectionModel().select(i);
                        return;
                    }
                }
            }
        });
    }

    private static void selectFirst(MultipleSelectionModel<?> selection, List<?> items) {
        if (selection != null && items != null && !items.isEmpty() && selection.isEmpty()) {
            selection.selectFirst();
        }
    }
}
