package com.salescallplanner.ui.today;

import com.salescallplanner.domain.report.AgendaCall;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A call that has ended without an outcome, with its "Review" button. */
final class ReviewCell extends ListCell<AgendaCall> {
    static final String REVIEW = "Review";

    private final TodayViewModel vm;
    private final Label when = new Label();
    private final Label title = new Label();
    private final Button review = new Button(REVIEW, new FontIcon(Feather.CHECK_SQUARE));
    private final HBox card;

    ReviewCell(TodayViewModel vm) {
        this.vm = vm;
        when.getStyleClass().add(Styles.TEXT_MUTED);
        title.getStyleClass().add(TodayStyles.CALL_TITLE);
        review.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL, Styles.BUTTON_OUTLINED);
        review.setMinWidth(Region.USE_PREF_SIZE); // the text beside it gives way, never the button
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        card = new HBox(8, new VBox(2, title, when), gap, review);
        card.getStyleClass().add(TodayStyles.CALL_CARD);
        setPrefWidth(0); // fit the list's width: no sideways scrolling
    }

    @Override
    protected void updateItem(AgendaCall item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        title.setText(item.prospect().company());
        when.setText(vm.formats().date(item.start().toLocalDate()) + ", " + vm.formats().time(item.start())
                + " · " + item.stage().name());
        review.setOnAction(e -> vm.review(item));
        setGraphic(card);
    }
}
