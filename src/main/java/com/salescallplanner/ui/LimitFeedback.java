package com.salescallplanner.ui;

import com.salescallplanner.domain.TextLimit;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/**
 * Puts a {@link LimitedText}'s feedback under a field: the message on the left (wrapped, so it
 * stays on screen whatever was typed; it never repeats the text), the counter on the right, and
 * the field marked in the danger colour while it is over the limit. The line takes no room
 * while there is nothing to say.
 */
public final class LimitFeedback {
    /** Id suffixes of the feedback labels: a field "form-company" has "form-company-counter" and "-limit". */
    public static final String COUNTER = "-counter";
    public static final String MESSAGE = "-limit";

    private LimitFeedback() {
    }

    /** The field above its feedback line; the returned model blocks OK or Save while over. */
    public static VBox wrap(TextInputControl field, TextLimit limit) {
        return wrap(field, new LimitedText(field.textProperty(), limit));
    }

    public static VBox wrap(TextInputControl field, LimitedText model) {
        Label message = new Label();
        message.textProperty().bind(model.errorProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        Label counter = new Label();
        counter.textProperty().bind(model.counterProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        if (field.getId() != null) {
            message.setId(field.getId() + MESSAGE);
            counter.setId(field.getId() + COUNTER);
        }
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox line = new HBox(8, message, counter);
        line.setAlignment(Pos.TOP_LEFT);
        line.visibleProperty().bind(model.counterProperty().isNotEmpty().or(model.overProperty()));
        line.managedProperty().bind(line.visibleProperty());
        model.overProperty().addListener((o, was, is) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, is));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, model.overProperty().get());
        // A screen reader hears the message with the field.
        model.errorProperty().addListener((o, was, is) -> field.setAccessibleHelp(is.isEmpty() ? null : is));
        VBox box = new VBox(2, field, line);
        box.setUserData(model);
        return box;
    }
}
