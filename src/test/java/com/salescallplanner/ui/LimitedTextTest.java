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
}
