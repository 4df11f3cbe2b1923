package com.salescallplanner.ui;

import com.salescallplanner.domain.TextLimit;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/**
 * What a text field with a limit tells the rep as they type, from the domain's {@link TextLimit}
 * (one source for the limit and its words): a counter near the limit ("160/200"), and over it
 * the message ("Company is too long: 5,000 characters, at most 200 allowed.") and the flag that
 * blocks OK or Save. The text itself is never cut: the rep shortens it. Holds no Node.
 *
 * <p>A field that holds a list (one example per line, attendees separated by commas) has a limit
 * for each part, not for the whole: {@link #eachPart} watches the longest part and names it
 * ("Example on line 3 is too long: ..."), so the rep knows which one to shorten.
 */
public final class LimitedText {
    /** The part of the text the limit applies to, under the name the rep reads. */
    private record Part(String text, TextLimit limit, boolean numbered) {
    }

    private final TextLimit limit;
    private final StringBinding counter;
    private final StringBinding error;
    private final BooleanBinding over;

    public LimitedText(ObservableStringValue text, TextLimit limit) {
        this(text, limit, v -> new Part(v, limit, false));
    }

    private LimitedText(ObservableStringValue text, TextLimit limit, Function<String, Part> longest) {
        this.limit = limit;
        ObjectBinding<Part> part = Bindings.createObjectBinding(() -> longest.apply(text.get()), text);
        counter = Bindings.createStringBinding(() -> {
            Part p = part.get();
            String c = p.limit().counter(p.text());
            return c.isEmpty() || !p.numbered() ? c : p.limit().field() + ": " + c;
        }, part);
        over = Bindings.createBooleanBinding(() -> part.get().limit().exceededBy(part.get().text()), part);
        error = Bindings.createStringBinding(() -> over.get() ? part.get().limit().tooLong(part.get().text()) : "",
                over, part);
    }

    /**
     * Each part between separators (stripped, as the domain stores it) has the limit on its own;
     * {@code partName} names part n (from 1, blank parts counted) for the counter and message.
     */
    public static LimitedText eachPart(ObservableStringValue text, TextLimit limit, Pattern separator,
                                       IntFunction<String> partName) {
        return new LimitedText(text, limit, v -> {
            String[] parts = separator.split(v == null ? "" : v, -1);
            int longest = 0;
            for (int i = 1; i < parts.length; i++) {
                if (TextLimit.length(parts[i].strip()) > TextLimit.length(parts[longest].strip())) {
                    longest = i;
                }
            }
            return new Part(parts[longest].strip(), limit.named(partName.apply(longest + 1)), true);
        });
    }

    /** One part per line, named "Field on line n". */
    public static LimitedText eachLine(ObservableStringValue text, TextLimit limit) {
        return eachPart(text, limit, Pattern.compile("\\R"), n -> limit.field() + " on line " + n);
    }

    public TextLimit limit() {
        return limit;
    }

    /** "160/200" near or over the limit ("Example on line 3: 190/200" for a part), "" well under it. */
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
