package com.salescallplanner.ui.detail;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.ui.CallExportMenu;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Icons;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** One call on the prospect page: when, its status or outcome, the objectives, and its actions. */
final class CallRow {
    private CallRow() {
    }

    static Node of(ProspectDetailViewModel vm, CallPlan c, CallExportMenu exports) {
        String status = vm.status(c);
        Label when = new Label(when(c) + "  \u00b7  " + Formats.window().minutes(c.duration()));
        when.getStyleClass().add(Css.FIELD_LABEL);
        when.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label(status);
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.getStyleClass().add(Css.FLAG);
        if (status.equals("Outcome missing")) {
            state.getStyleClass().add(Css.FLAG_OUTCOME_MISSING);
        } else if (c.isReviewed()) {
            state.getStyleClass().add(c.outcome().type().isAdvance() ? Css.FLAG_ADVANCE
                    : c.outcome().type() == OutcomeType.NO_SALE ? Css.FLAG_OUTCOME_MISSING
                    : Css.FLAG_STRANDED);
        }
        HBox top = new HBox(10, when, state);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(4, top);
        text.getChildren().add(objectiveLine("Stretch", c.stretch().text(), c.isReviewed() && c.outcome().stretchMet()));
        text.getChildren().add(objectiveLine("Conservative", c.conservative().text(),
                c.isReviewed() && c.outcome().conservativeMet()));
        if (c.isReviewed() && c.outcome().nextStep() != null) {
            text.getChildren().add(ProspectDetailView.muted("Next step: " + c.outcome().nextStep().description() + " ("
                    + Formats.window().weekdayDate(c.outcome().nextStep().date()) + ")"));
        }
        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (!c.isReviewed()) {
            Button edit = Icons.button("Edit plan", Feather.EDIT_3);
            edit.setOnAction(e -> vm.editCall(c));
            Button start = Icons.button("Start call", Feather.PHONE_CALL);
            start.setOnAction(e -> vm.startCall(c));
            buttons.getChildren().addAll(edit, start);
        }
        Button review = Icons.button(c.isReviewed() ? "Edit review" : "Review", Feather.CHECK_SQUARE);
        review.setOnAction(e -> vm.review(c));
        buttons.getChildren().add(review);
        buttons.getChildren().add(exports.menuFor(() -> Optional.of(c.id())));
        VBox row = new VBox(8, text, buttons);
        row.getStyleClass().add(Css.CALL_ROW);
        return row;
    }

    /**
     * When the call ran (call mode's start, or the time given in the review), with the planned
     * time beside it when they differ: "Tue 4 Mar 2025, 09:12 (planned Mon 3 Mar 2025, 14:00)".
     */
    static String when(CallPlan c) {
        Instant began = c.progress().startedAt();
        String planned = Formats.window().dateTime(c.start());
        if (began == null) {
            return planned;
        }
        ZonedDateTime ran = began.atZone(c.start().getZone());
        String ranText = Formats.window().dateTime(ran);
        return ranText.equals(planned) ? ranText : ranText + " (planned " + planned + ")";
    }

    private static Node objectiveLine(String level, String text, boolean met) {
        Label l = new Label(level + ": " + (text.isBlank() ? "(not written yet)" : text),
                met ? Icons.of(Feather.CHECK) : null);
        l.setWrapText(true);
        return l;
    }

}
