package com.salescallplanner.ui.board;

import com.salescallplanner.domain.report.PipelineCard;

import java.util.Optional;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a card to another column with the mouse: press on a card, move past a few pixels,
 * release over a column. Built on plain mouse events (the pressed node keeps receiving them
 * until release) rather than the platform's drag-and-drop, which the headless test platform
 * does not deliver; the same gesture therefore runs in the tests and on the desktop. The
 * filters sit on the list so that the list does not scroll or change selection mid-drag.
 */
final class CardDrag {
    /** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
    static final double THRESHOLD = 6;

    /** The board: finds and highlights the column under the pointer, and performs the drop. */
    interface Targets {
        Optional<ColumnView> columnAt(double sceneX, double sceneY);

        void highlight(ColumnView column);

        void drop(PipelineCard card, ColumnView target);
    }

    private final Targets targets;
    private PipelineCard card;
    private Node source;
    private double startX;
    private double startY;
    private boolean dragging;

    CardDrag(Targets targets) {
        this.targets = targets;
    }

    void install(ListView<PipelineCard> list) {
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragged(e)) {
                e.consume();
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (released(e)) {
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        reset();
        CardCell cell = cellOf(e.getPickResult().getIntersectedNode());
        if (e.getButton() == MouseButton.PRIMARY && cell != null && !cell.isEmpty()) {
            card = cell.getItem();
            source = cell;
            startX = e.getSceneX();
            startY = e.getSceneY();
        }
    }

    private boolean dragged(MouseEvent e) {
        if (card == null) {
            return false;
        }
        if (!dragging && Math.hypot(e.getSceneX() - startX, e.getSceneY() - startY) >= THRESHOLD) {
            dragging = true;
            source.pseudoClassStateChanged(BoardStyles.DRAGGING, true);
            setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            targets.highlight(targets.columnAt(e.getSceneX(), e.getSceneY()).orElse(null));
        }
        return dragging;
    }

    private boolean released(MouseEvent e) {
        if (!dragging) {
            reset();
            return false;
        }
        PipelineCard dropped = card;
        Optional<ColumnView> target = targets.columnAt(e.getSceneX(), e.getSceneY());
        reset();
        target.ifPresent(t -> targets.drop(dropped, t));
        return true;
    }

    private void reset() {
        if (source != null) {
            source.pseudoClassStateChanged(BoardStyles.DRAGGING, false);
            setCursor(null);
        }
        if (dragging) {
            targets.highlight(null);
        }
        card = null;
        source = null;
        dragging = false;
    }

    private void setCursor(Cursor cursor) {
        if (source.getScene() != null) {
            source.getScene().setCursor(cursor);
        }
    }

    private static CardCell cellOf(Node node) {
        Node n = node;
        while (n != null && !(n instanceof CardCell)) {
            n = n.getParent();
        }
        return (CardCell) n;
    }
}
