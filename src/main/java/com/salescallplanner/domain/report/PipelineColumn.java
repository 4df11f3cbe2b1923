package com.salescallplanner.domain.report;

import com.salescallplanner.domain.Stage;

import java.math.BigDecimal;
import java.util.List;

/**
 * The prospects in one stage.
 *
 * @param amount      the sum of the known deal amounts
 * @param withoutAmount how many prospects have no amount (so the sum is a lower bound)
 */
public record PipelineColumn(Stage stage, List<PipelineCard> cards, BigDecimal amount, int withoutAmount) {
    public PipelineColumn {
        cards = List.copyOf(cards);
    }

    public int count() {
        return cards.size();
    }
}
