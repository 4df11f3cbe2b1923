package com.salescallplanner.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.TestData;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.store.format.RecordJson;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Settling a prospect's conflict field by field keeps every amount exactly as either side wrote it. */
class FieldMergeTest {
    private static final PlannerData DATA = TestData.full();
    private static final Prospect ACME = DATA.prospects().get(0);

    private static String body(String amount, String notes) {
        Prospect p = ACME.withCrm(ACME.crmId(), new BigDecimal(amount));
        return Bodies.prospect(new Prospect(p.id(), p.company(), p.dealName(), p.contacts(), p.stageId(),
                p.stageHistory(), p.qualification(), p.crmId(), p.amount(), notes));
    }

    private static Conflict conflict(String mine, String theirs) {
        return new Conflict(RecordKey.prospect(ACME.id().value()), "changed elsewhere", mine, theirs, 2,
                ACME.id().value());
    }

    @Test
    void differences_amountsThatADoubleCannotTellApart_areShownWithAllTheirDigits() {
        Conflict c = conflict(body("12345678901234567.89", "n"), body("12345678901234567.88", "n"));
        assertThat(FieldMerge.differences(c)).containsExactly(
                new FieldMerge.Difference("amount", "12345678901234567.89", "12345678901234567.88"));
    }

    @Test
    void merge_theirNotesIntoMyRecord_keepsMyLongAmountExactly() throws Exception {
        Conflict c = conflict(body("12345678901234567.89", "mine"), body("1", "theirs"));
        Prospect merged = RecordJson.prospect(FieldMerge.merge(c, Set.of("notes")), DATA.stages());
        assertThat(merged.notes()).isEqualTo("theirs");
        assertThat(merged.amount()).isEqualTo(new BigDecimal("12345678901234567.89"));
    }

    @Test
    void merge_theirAmount_takesItWithItsTrailingZeros() throws Exception {
        Conflict c = conflict(body("1", "mine"), body("125000.50", "theirs"));
        Prospect merged = RecordJson.prospect(FieldMerge.merge(c, Set.of("amount")), DATA.stages());
        assertThat(merged.notes()).isEqualTo("mine");
        // BigDecimal.equals: 125000.50, not 125000.5
        assertThat(merged.amount()).isEqualTo(new BigDecimal("125000.50"));
    }
}
