package com.salescallplanner.ui.board;

import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.prospects.AttentionFlags;

import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A prospect's card: company, deal and amount, days in stage, the next call, a stranded marker. */
final class CardCell extends ListCell<PipelineCard> {
    static final double HEIGHT = 136;

    private final Formats formats;
    private final Supplier<LocalDate> today;
    private final Label company = new Label();
    private final Label deal = new Label();
    private final Label amount = new Label();
    private final Label inStage = new Label("", new FontIcon(Feather.CLOCK));
    private final Label next = new Label("", new FontIcon(Feather.CALENDAR));
    private final FontIcon strandedMarker = new FontIcon(Feather.ALERT_TRIANGLE);
    private final Tooltip strandedTip = new Tooltip();
    /** The list's flags, word for word, so the board and the list tell the same. */
    private final Label outcomeMissing = AttentionFlags.outcomeMissing();
    private final Label stranded = AttentionFlags.stranded("");
    /** The card's full text: a long company or deal name is cut short on the card. */
    private final Tooltip fullText = new Tooltip();
    private final VBox card;

    CardCell(Formats formats, Supplier<LocalDate> today) {
        this.formats = formats;
        this.today = today;
        company.getStyleClass().add(BoardStyles.CARD_COMPANY);
        deal.getStyleClass().add(BoardStyles.CARD_DEAL);
        amount.getStyleClass().add(BoardStyles.CARD_DEAL);
        inStage.getStyleClass().add(BoardStyles.CARD_FACT);
        next.getStyleClass().add(BoardStyles.CARD_FACT);
        strandedMarker.getStyleClass().add(BoardStyles.STRANDED_MARKER);
        strandedMarker.managedProperty().bind(strandedMarker.visibleProperty()); // no gap on a healthy card
        amount.setMinWidth(Region.USE_PREF_SIZE); // the deal's name gives way, never the amount
        Tooltip.install(strandedMarker, strandedTip);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        outcomeMissing.managedProperty().bind(outcomeMissing.visibleProperty());
        stranded.managedProperty().bind(stranded.visibleProperty());
        HBox flags = new HBox(4, outcomeMissing, stranded);
        fullText.setWrapText(true);
        fullText.setMaxWidth(420);
        card = new VBox(new HBox(4, company, gap, strandedMarker), new HBox(4, deal, gap2, amount), inStage, next,
                flags);
        card.getStyleClass().add(BoardStyles.CARD);
        // A zero preferred width lets the card take the column's width instead of widening the list.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(PipelineCard item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(BoardStyles.STRANDED, !empty && item != null && item.stranded());
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        company.setText(item.prospect().company());
        deal.setText(item.prospect().dealName());
        amount.setText(item.prospect().amount() == null ? "" : formats.amount(item.prospect().amount()));
        inStage.setText(formats.dayCount(item.daysInStage()) + " in stage");
        next.setText(nextText(item));
        strandedMarker.setVisible(item.stranded());
        strandedTip.setText("Stranded: " + item.strandedReason());
        outcomeMissing.setVisible(item.outcomeMissing());
        stranded.setVisible(item.stranded());
        AttentionFlags.showWhy(stranded, item.strandedReason());
        setGraphic(card);
        String flagsText = (item.outcomeMissing() ? ", outcome missing" : "")
                + (item.stranded() ? ", stranded: " + item.strandedReason() : "");
        String whole = item.prospect().company() + (item.prospect().dealName().isEmpty() ? ""
                : ", " + item.prospect().dealName()) + (amount.getText().isEmpty() ? "" : ", " + amount.getText())
                + ", " + inStage.getText() + ", " + next.getText() + flagsText;
        setAccessibleText(whole);
        fullText.setText(whole);
        setTooltip(fullText);
    }

    private String nextText(PipelineCard item) {
        if (item.nextCallDate().isPresent()) {
            return "Next call " + formats.shortDay(item.nextCallDate().get(), today.get());
        }
        return item.nextStepDate().map(d -> "Next step " + formats.shortDay(d, today.get()))
                .orElse("No next step");
    }
}
