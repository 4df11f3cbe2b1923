package com.salescallplanner.ui.board;

import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.ui.Formats;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One stage's column of the board: its cards, how many, and the sum of their amounts. */
public final class BoardColumn {
    private final Stage stage;
    private final ObservableList<PipelineCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");

    BoardColumn(Stage stage) {
        this.stage = stage;
    }

    void show(PipelineColumn column, Formats formats) {
        cards.setAll(column.cards());
        count.set(column.count());
        countText.set(formats.number(column.count()));
        String sum = formats.amount(column.amount());
        amount.set(column.withoutAmount() == 0 ? sum : sum + " (" + formats.number(column.withoutAmount())
                + " without amount)");
    }

    public Stage stage() {
        return stage;
    }

    public boolean closed() {
        return stage.closed();
    }

    /** The cards, longest in the stage first; the view reads them, the view model sets them. */
    public ObservableList<PipelineCard> cards() {
        return cards;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The count as the rep reads numbers, e.g. "1,352". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** "340,000", or "340,000 (3 without amount)". */
    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }
}
