package com.salescallplanner.ui.board;

import javafx.css.PseudoClass;

/** The CSS classes and pseudo-classes of board.css. */
public final class BoardStyles {
    public static final String STYLESHEET = "/com/salescallplanner/ui/board/board.css";
    public static final String VIEW = "pipeline-board";
    public static final String HEADER = "board-header";
    public static final String MESSAGE = "board-message";
    public static final String COLUMNS = "board-columns";
    public static final String COLUMN = "board-column";
    public static final String CLOSED_COLUMN = "closed-column";
    public static final String COLUMN_HEADER = "column-header";
    public static final String COLUMN_TITLE = "column-title";
    public static final String COLUMN_COUNT = "column-count";
    public static final String COLUMN_AMOUNT = "column-amount";
    public static final String CARD_LIST = "card-list";
    public static final String CARD = "pipeline-card";
    public static final String CARD_COMPANY = "card-company";
    public static final String CARD_DEAL = "card-deal";
    public static final String CARD_FACT = "card-fact";
    public static final String STRANDED_MARKER = "stranded-marker";

    /** A column the dragged card is over. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** The card being dragged. */
    public static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    /** A card of a stranded prospect. */
    public static final PseudoClass STRANDED = PseudoClass.getPseudoClass("stranded");

    private BoardStyles() {
    }

    public static String stylesheet() {
        return BoardStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
