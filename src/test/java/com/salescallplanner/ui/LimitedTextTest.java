package com.salescallplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.TextLimit;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.Test;

/** What a limited field says as the rep types, without a screen. */
class LimitedTextTest {
    private final StringProperty text = new SimpleStringProperty("");
    private final LimitedText company = new LimitedText(text, TextLimit.COMPANY);

    @Test
    void typing_counterNearTheLimit_thenTheMessage_andTheTextIsNeverCut() {
        text.set("Acme");
        assertThat(company.counterProperty().get()).isEmpty();
        assertThat(company.overProperty().get()).isFalse();
        text.set("A".repeat(190));
        assertThat(company.counterProperty().get()).isEqualTo("190/200");
        assertThat(company.errorProperty().get()).isEmpty();
        String pasted = "B".repeat(5_000);
        text.set(pasted);
        assertThat(company.overProperty().get()).isTrue();
        assertThat(company.counterProperty().get()).isEqualTo("5000/200");
        assertThat(company.errorProperty().get()).isEqualTo("Company is too long: 5,000 characters, at most 200 allowed.");
        assertThat(text.get()).isEqualTo(pasted);
        text.set(pasted.substring(0, 200));
        assertThat(company.overProperty().get()).isFalse();
        assertThat(company.errorProperty().get()).isEmpty();
    }

    @Test
    void namedLimit_saysTheFieldsOwnName() {
        LimitedText stretch = new LimitedText(text, TextLimit.OBJECTIVE.named("Stretch objective"));
        text.set("x".repeat(TextLimit.OBJECTIVE.max() + 1));
        assertThat(stretch.errorProperty().get()).startsWith("Stretch objective is too long: 1,001 characters");
    }

    @Test
    void eachLine_watchesTheLongestLine_andNamesIt_theWholeTextMayBeLonger() {
        LimitedText examples = LimitedText.eachLine(text, TextLimit.EXAMPLE);
        text.set(("x".repeat(150) + "\n").repeat(5)); // 755 characters, no line near 200
        assertThat(examples.overProperty().get()).isFalse();
        assertThat(examples.counterProperty().get()).isEmpty();
        text.set("short\n\n  " + "y".repeat(170) + "  \nlast");
        assertThat(examples.counterProperty().get()).isEqualTo("Example on line 3: 170/200");
        text.set("short\n" + "z".repeat(201) + "\n" + "w".repeat(250));
        assertThat(examples.errorProperty().get())
                .isEqualTo("Example on line 3 is too long: 250 characters, at most 200 allowed.");
    }

    @Test
    void eachPart_splitsOnTheSeparator_andNamesThePart() {
        LimitedText others = LimitedText.eachPart(text, TextLimit.ATTENDEE, java.util.regex.Pattern.compile(","),
                n -> "Other attendee " + n);
        text.set("Ravi, " + "L".repeat(201));
        assertThat(others.errorProperty().get()).startsWith("Other attendee 2 is too long: 201 characters");
        text.set("Ravi, Lee");
        assertThat(others.overProperty().get()).isFalse();
        text.set(null);
        assertThat(others.counterProperty().get()).isEmpty();
    }
}
