package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StageIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "closed-won", "stage-2", "9to5", "a234567890123456789012345678901234567890"})
    void validForms_kept(String value) {
        assertThat(new StageId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Needs Analysis", "Discovery", "-lead", "needs analysis", "stage_2", "ä",
        "a2345678901234567890123456789012345678901"})
    void invalidForms_rejectedNamingTheIdAndTheRule(String value) {
        assertThatThrownBy(() -> new StageId(value)).isInstanceOf(DomainException.class).hasMessage(
                "Stage id '" + value + "' is invalid: a stage id uses lower-case letters, digits and dashes (1 to 40).");
    }

    @Test
    void isForm_randomText_agreesWithTheRulesRegularExpression() {
        Pattern rule = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
        String allowed = "az09-";
        String others = "_A Zä./`{:";
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(44);
            for (int k = 0; k < length; k++) {
                String from = random.nextInt(50) == 0 ? others : allowed; // long valid ids come up too
                sb.append(from.charAt(random.nextInt(from.length())));
            }
            String text = sb.toString();
            assertThat(StageId.isForm(text)).as(text).isEqualTo(rule.matcher(text).matches());
        }
    }

    @Test
    void null_rejected() {
        assertThatThrownBy(() -> new StageId(null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Stage id 'null' is invalid");
    }

    @Test
    void equalByValue_printsAsTheStoredText() {
        assertThat(new StageId("discovery")).isEqualTo(StageModel.DISCOVERY).hasToString("discovery");
    }

    @Test
    void idFor_longOrSymbolOnlyName_givesAValidId() {
        assertThat(Stage.idFor("A very long stage name that goes on well past forty characters").value())
                .isEqualTo("a-very-long-stage-name-that-goes-on-well");
        assertThat(Stage.idFor("???")).isEqualTo(new StageId("stage"));
    }
}
