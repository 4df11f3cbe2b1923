package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProspectTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void movedTo_otherStage_recordsHistoryAndResetsDaysInStage() {
        Prospect p = Prospect.create("Acme", "Fleet", StageModel.DISCOVERY, DAY);
        Prospect moved = p.movedTo(StageModel.EVALUATION, DAY.plusDays(10));
        assertThat(moved.stageHistory()).extracting(StageChange::stageId)
                .containsExactly(StageModel.DISCOVERY, StageModel.EVALUATION);
        assertThat(p.daysInStage(DAY.plusDays(12))).isEqualTo(12);
        assertThat(moved.daysInStage(DAY.plusDays(12))).isEqualTo(2);
    }

    @Test
    void movedTo_sameStage_unchanged() {
        Prospect p = Prospect.create("Acme", "Fleet", StageModel.DISCOVERY, DAY);
        assertThat(p.movedTo(StageModel.DISCOVERY, DAY.plusDays(3))).isSameAs(p);
    }

    @Test
    void create_blankCompany_rejectedNamingTheField() {
        assertThatThrownBy(() -> Prospect.create("  ", "Fleet", StageModel.DISCOVERY, DAY))
                .isInstanceOf(DomainException.class).hasMessage("Company must not be empty.");
    }

    @Test
    void contact_overlongName_rejectedWithLength() {
        assertThatThrownBy(() -> new Contact("x".repeat(201), "CFO")).hasMessageContaining("201 characters");
    }

    @Test
    void displayName_noDeal_fallsBackToCompany() {
        assertThat(Prospect.create("Acme", "", StageModel.DISCOVERY, DAY).displayName()).isEqualTo("Acme");
    }
}
