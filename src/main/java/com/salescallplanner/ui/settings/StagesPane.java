package com.salescallplanner.ui.settings;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

import atlantafx.base.theme.Styles;

/**
 * The stage table and its buttons. Double-click or F2 renames, Delete removes; a remove that
 * is refused is disabled and the reason shows under the table.
 */
final class StagesPane extends VBox {
    static final String TABLE_ID = "stage-table";
    static final String ADD_ID = "stage-add";
    static final String RENAME_ID = "stage-rename";
    static final String UP_ID = "stage-up";
    static final String DOWN_ID = "stage-down";
    static final String REMOVE_ID = "stage-remove";
    static final String REASON_ID = "stage-remove-reason";
    private static final double ROW_HEIGHT = 48;
    /** The column header and the borders: the table shows every row without scrolling. */
    private static final double HEADER_HEIGHT = 46;

    private final TableView<StageRow> table = new TableView<>();
    private boolean syncing;

    StagesPane(StagesViewModel vm, ObservableBooleanValue editable) {
        super(8);
        buildTable(vm);
        Button add = button("Add stage", Feather.PLUS, ADD_ID, vm::add);
        add.disableProperty().bind(Bindings.not(editable));
        Button rename = button("Rename", Feather.EDIT_2, RENAME_ID, vm::renameSelected);
        rename.disableProperty().bind(vm.canRenameProperty().not());
        Button up = button("Move up", Feather.ARROW_UP, UP_ID, () -> vm.moveSelected(-1));
        up.disableProperty().bind(vm.canMoveUpProperty().not());
        Button down = button("Move down", Feather.ARROW_DOWN, DOWN_ID, () -> vm.moveSelected(+1));
        down.disableProperty().bind(vm.canMoveDownProperty().not());
        Button remove = button("Remove", Feather.TRASH_2, REMOVE_ID, vm::removeSelected);
        remove.disableProperty().bind(vm.canRemoveProperty().not());
        HBox buttons = new HBox(8, add, rename, up, down, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label();
        reason.setId(REASON_ID);
        reason.setWrapText(true);
        reason.getStyleClass().add(Css.MUTED);
        reason.textProperty().bind(vm.removeReasonProperty());
        reason.visibleProperty().bind(vm.removeReasonProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        getChildren().addAll(table, buttons, reason);
        table.setOnKeyPressed(e -> {
            if (KeyCatalogue.RENAME.matches(e) && !rename.isDisabled()) {
                vm.renameSelected();
            } else if (KeyCatalogue.DELETE.matches(e) && !remove.isDisabled()) {
                vm.removeSelected();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !rename.isDisabled()) {
                vm.renameSelected();
            }
        });
    }

    private void buildTable(StagesViewModel vm) {
        table.setId(TABLE_ID);
        FirstRowOnFocus.install(table);
        table.setAccessibleText("Stages of the sales process");
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.size(vm.rows()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        TableColumn<StageRow, StageRow> stage = new TableColumn<>("Stage");
        stage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        stage.setCellFactory(c -> new StageCell());
        stage.setPrefWidth(420);
        table.getColumns().setAll(List.of(column("#", 44, r -> String.valueOf(r.position())), stage,
                column("Type", 120, StageRow::typeText), column("Prospects now", 140, StageRow::prospectsText)));
        table.getColumns().forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No stages."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (!syncing) {
                vm.select(n);
            }
        });
        vm.selectedProperty().addListener((obs, o, n) -> {
            syncing = true;
            try {
                if (n == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(n);
                }
            } finally {
                syncing = false;
            }
        });
    }

    private static TableColumn<StageRow, String> column(String title, double width, Function<StageRow, String> text) {
        TableColumn<StageRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button b = Icons.button(text, icon);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The stage's name over its description. */
    private static final class StageCell extends TableCell<StageRow, StageRow> {
        private final Label name = new Label();
        private final Label description = new Label();
        private final VBox box = new VBox(2, name, description);

        StageCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            description.getStyleClass().add(Css.MUTED);
            box.setAlignment(Pos.CENTER_LEFT);
            VBox.setVgrow(description, Priority.NEVER);
        }

        @Override
        protected void updateItem(StageRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(item.name());
            description.setText(item.stage().description());
            description.setVisible(!item.stage().description().isEmpty());
            setGraphic(box);
            setAccessibleText(item.name() + (item.stage().description().isEmpty() ? "" : ": " + item.stage().description()));
        }
    }
}
