package com.salescallplanner.ui.board;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.report.PipelineCard;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One stage's column: a header with the count and amount, and a virtualised list of cards (a
 * column may hold thousands). Enter or a double-click opens the prospect; the context menu
 * (right-click, Shift+F10 or the menu key) and Shortcut+Left/Right move it without a mouse.
 */
final class ColumnView extends VBox {
    static final KeyCombination MOVE_BACK = KeyCatalogue.MOVE_CARD.keys().get(0);
    static final KeyCombination MOVE_ON = KeyCatalogue.MOVE_CARD.keys().get(1);

    private final BoardColumn column;
    private final BoardViewModel vm;
    private final ListView<PipelineCard> list;
    private final ContextMenu menu = new ContextMenu();
    private Runnable onSelected = () -> { };

    ColumnView(BoardColumn column, BoardViewModel vm, CardDrag drag) {
        this.column = column;
        this.vm = vm;
        getStyleClass().add(BoardStyles.COLUMN);
        if (column.closed()) {
            getStyleClass().add(BoardStyles.CLOSED_COLUMN);
        }
        setId("column-" + column.stage().id().value());

        Label title = new Label(column.stage().name());
        title.getStyleClass().add(BoardStyles.COLUMN_TITLE);
        title.setTooltip(new Tooltip(column.stage().name() + ": " + column.stage().description()));
        title.setMinWidth(0);
        Label count = new Label();
        count.textProperty().bind(column.countTextProperty());
        count.getStyleClass().add(BoardStyles.COLUMN_COUNT);
        Label amount = new Label();
        amount.textProperty().bind(column.amountProperty());
        amount.getStyleClass().add(BoardStyles.COLUMN_AMOUNT);
        // A narrow column cuts "340,000 (3 without amount)": the whole line on hover and to assistive tech.
        Tooltip amountTip = new Tooltip();
        amountTip.textProperty().bind(amount.textProperty());
        amount.setTooltip(amountTip);
        amount.accessibleTextProperty().bind(amount.textProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox header = new VBox(new HBox(6, title, gap, count), amount);
        header.getStyleClass().add(BoardStyles.COLUMN_HEADER);

        list = new ListView<>(column.cards());
        FirstRowOnFocus.install(list);
        list.getStyleClass().add(BoardStyles.CARD_LIST);
        list.setFixedCellSize(CardCell.HEIGHT);
        list.setCellFactory(l -> new CardCell(vm.formats(), vm::today));
        list.setPlaceholder(new Label(column.closed() ? "Drop a card here to close its deal" : "No prospects"));
        list.setAccessibleText(column.stage().name() + " column");
        list.setOnKeyPressed(this::keyPressed);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selected().ifPresent(c -> vm.open(c.prospect().id()));
            }
        });
        list.setOnContextMenuRequested(e -> {
            selected().ifPresent(c -> {
                fillMenu(c);
                menu.show(list, e.getScreenX(), e.getScreenY());
            });
            e.consume();
        });
        drag.install(list);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, card) -> {
            if (card != null) {
                vm.selectedProperty().set(card.prospect().id());
            }
        });
        column.cards().addListener((ListChangeListener<PipelineCard>) c -> followSelection());
        vm.selectedProperty().addListener(obs -> followSelection());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    BoardColumn column() {
        return column;
    }

    ListView<PipelineCard> list() {
        return list;
    }

    /**
     * Selects the board's selected card when this column holds it (after a move it is in a new
     * column: the selection, the keyboard focus and the scroll go with it); clears this column's
     * selection otherwise, so one card shows selected on the whole board.
     */
    private void followSelection() {
        ProspectId id = vm.selectedProperty().get();
        int index = -1;
        for (int i = 0; id != null && i < column.cards().size(); i++) {
            if (column.cards().get(i).prospect().id().equals(id)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            if (!list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().clearSelection();
            }
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(index);
            // The cards were just replaced, and this listener runs before the list's own: it scrolls
            // for the old count of cards, so a card moved to the end stayed below the column's end.
            // Scroll again once the list has taken the new cards in, by making the card visible:
            // ListView.scrollTo (card at the top) overshot past the end there, and was undone.
            int at = index;
            Platform.runLater(() -> {
                if (list.getSelectionModel().getSelectedIndex() == at) {
                    list.layout();
                    if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                        flow.scrollTo(at);
                    } else {
                        list.scrollTo(at);
                    }
                }
            });
        }
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner instanceof ListView<?> other && other != list && other.getStyleClass().contains(BoardStyles.CARD_LIST)) {
            list.requestFocus();
        }
        onSelected.run();
    }

    /** Called when this column shows the board's selected card (the board scrolls it into view). */
    void setOnSelected(Runnable r) {
        onSelected = r;
    }

    void setDropTarget(boolean on) {
        pseudoClassStateChanged(BoardStyles.DROP_TARGET, on);
    }

    private java.util.Optional<PipelineCard> selected() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void keyPressed(KeyEvent e) {
        selected().ifPresent(c -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(c.prospect().id());
                e.consume();
            } else if (MOVE_ON.match(e) || MOVE_BACK.match(e)) {
                vm.moveBy(c.prospect().id(), MOVE_ON.match(e) ? 1 : -1);
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                // Most platforms turn these keys into a context-menu request; this covers those that do not.
                showMenuBelowSelectedCard(c);
                e.consume();
            }
        });
    }

    private void showMenuBelowSelectedCard(PipelineCard card) {
        int index = list.getSelectionModel().getSelectedIndex();
        Node anchor = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof CardCell cell && cell.getIndex() == index).findFirst().orElse(list);
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        fillMenu(card);
        menu.show(anchor, b.getMinX() + 16, b.getMinY() + Math.min(b.getHeight(), CardCell.HEIGHT) - 8);
    }

    private void fillMenu(PipelineCard card) {
        MenuItem open = new MenuItem("Open prospect");
        open.setOnAction(e -> vm.open(card.prospect().id()));
        MenuItem plan = new MenuItem("Plan a call");
        plan.setOnAction(e -> vm.planCall(card.prospect().id()));
        plan.setDisable(column.closed());
        Menu moveTo = new Menu("Move to");
        for (Stage s : vm.stages()) {
            if (!s.id().equals(column.stage().id())) {
                MenuItem to = new MenuItem(s.name());
                to.setOnAction(e -> vm.moveProspect(card.prospect().id(), s.id()));
                moveTo.getItems().add(to);
            }
        }
        menu.getItems().setAll(open, plan, new SeparatorMenuItem(), moveTo);
    }
}
