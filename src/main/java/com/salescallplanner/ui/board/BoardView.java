package com.salescallplanner.ui.board;

import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.ui.computed.OnScreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/**
 * The pipeline board: one column per stage, open stages first, the closed ones last and set
 * apart. Cards are dragged between columns ({@link CardDrag}) or moved from the keyboard.
 */
public final class BoardView extends BorderPane implements CardDrag.Targets {
    private final BoardViewModel vm;
    private final HBox columnsBox = new HBox();
    private final ScrollPane scroll = new ScrollPane();
    private final CardDrag drag = new CardDrag(this);
    private final List<ColumnView> views = new ArrayList<>();
    private final BooleanBinding showing;
    /** Set by {@link #focusFirst} until the cards are in to take the focus. */
    private boolean focusWanted;

    public BoardView(BoardViewModel vm) {
        this.vm = vm;
        getStyleClass().add(BoardStyles.VIEW);
        getStylesheets().add(BoardStyles.stylesheet());

        Label title = new Label("Pipeline");
        title.getStyleClass().add(Styles.TITLE_2);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(BoardStyles.MESSAGE);
        Label hint = new Label("Drag a card to another stage, or right-click it. " + ColumnView.MOVE_BACK.getDisplayText()
                + " / " + ColumnView.MOVE_ON.getDisplayText() + " moves the selected card.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        title.setMinWidth(Region.USE_PREF_SIZE); // the page's name is never cut short
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        hint.setWrapText(true);
        HBox titleRow = new HBox(12, title, message);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(2, titleRow, hint);
        header.getStyleClass().add(BoardStyles.HEADER);
        setTop(header);

        columnsBox.getStyleClass().add(BoardStyles.COLUMNS);
        scroll.setContent(columnsBox);
        scroll.setFitToHeight(true);
        // The columns share the width down to their least (a card still readable), then the board scrolls.
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        vm.columns().addListener((ListChangeListener<BoardColumn>) c -> rebuild());
        rebuild();
        showing = OnScreen.track(this, on -> {
            vm.setShowing(on);
            if (!on) {
                focusWanted = false;
            }
        });
    }

    /**
     * Puts the keyboard on the cards: the column with the selected card, else the first column
     * with cards (its first card is selected as it takes the focus), so the move keys and the
     * context menu work at once. The cards are computed off the JavaFX thread: on the first
     * visit they may not be in yet, and the focus goes to them when they come.
     */
    public void focusFirst() {
        focusWanted = true;
        focusWhenReady();
    }

    private void focusWhenReady() {
        if (!focusWanted || getScene() == null) {
            return;
        }
        Optional<ColumnView> target = views.stream()
                .filter(v -> !v.list().getSelectionModel().isEmpty()).findFirst()
                .or(() -> views.stream().filter(v -> !v.list().getItems().isEmpty()).findFirst());
        if (target.isPresent()) {
            focusWanted = false;
            ListView<PipelineCard> list = target.get().list();
            list.requestFocus();
            // Cards that come into the column already focused (the first one, on the first visit) get
            // no focus change, so FirstRowOnFocus does not select: select here, or the move keys do nothing.
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        } else if (!views.isEmpty()) {
            views.get(0).list().requestFocus(); // still wanted: the cards take it when they come
        }
    }

    @Override
    public Optional<ColumnView> columnAt(double sceneX, double sceneY) {
        for (ColumnView v : views) {
            Bounds b = v.localToScene(v.getBoundsInLocal());
            if (b.contains(sceneX, sceneY)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public void highlight(ColumnView column) {
        views.forEach(v -> v.setDropTarget(v == column));
    }

    @Override
    public void drop(PipelineCard card, ColumnView target) {
        vm.moveProspect(card.prospect().id(), target.column().stage().id());
    }

    /** Scrolls the board sideways so the column is in full view (it holds the selected card). */
    private void reveal(ColumnView column) {
        double content = columnsBox.getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double left = scroll.getHvalue() * (content - viewport);
        double x = column.getBoundsInParent().getMinX();
        double right = column.getBoundsInParent().getMaxX();
        if (x < left) {
            scroll.setHvalue(x / (content - viewport));
        } else if (right > left + viewport) {
            scroll.setHvalue(Math.min(1, (right - viewport) / (content - viewport)));
        }
    }

    private void rebuild() {
        views.clear();
        for (BoardColumn c : vm.columns()) {
            ColumnView v = new ColumnView(c, vm, drag);
            v.setOnSelected(() -> reveal(v));
            HBox.setHgrow(v, Priority.ALWAYS);
            views.add(v);
            c.cards().addListener((ListChangeListener<PipelineCard>) ch -> focusWhenReady());
        }
        columnsBox.getChildren().setAll(views);
        focusWhenReady();
    }
}
