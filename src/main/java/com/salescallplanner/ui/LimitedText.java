package com.salescallplanner.ui;

import com.salescallplanner.domain.TextLimit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/**
 * What a text field with a limit tells the rep as they type, from the domain's {@link TextLimit}
 * (one source for the limit and its words): a counter near the limit ("160/200"), and over it
 * the message ("Company is too long: 5,000 characters, at most 200 allowed.") and the flag that
 * blocks OK or Save. The text itself is never cut: the rep shortens it. Holds no Node.
 */
public final class LimitedText {
    private final TextLimit limit;
    private final StringBinding counter;
    private final StringBinding error;
    private final BooleanBinding over;

    public LimitedText(ObservableStringValue text, TextLimit limit) {
        this.limit = limit;
        counter = Bindings.createStringBinding(() -> limit.counter(text.get()), text);
        over = Bindings.createBooleanBinding(() -> limit.exceededBy(text.get()), text);
        error = Bindings.createStringBinding(() -> over.get() ? limit.tooLong(text.get()) : "", over, text);
    }

    public TextLimit limit() {
        return limit;
    }

    /** "160/200" near or over the limit, "" well under it. */
    public StringBinding counterProperty() {
        return counter;
    }

    /** The domain's message while the text is over the limit, "" otherwise. */
    public StringBinding errorProperty() {
        return error;
    }

    public BooleanBinding overProperty() {
        return over;
    }
}
