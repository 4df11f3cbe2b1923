package com.salescallplanner.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.port.TeamPort.FieldDifference;
import com.salescallplanner.ui.port.TeamPort.RecordConflict;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConflictViewModelTest {
    private static final RecordConflict CONFLICT = new RecordConflict("prospect:p1", "Prospect Acme",
            "stale edit", List.of(new FieldDifference("notes", "mine", "theirs"),
            new FieldDifference("dealName", "Pilot", "Rollout")));

    @Test
    void fieldsFromTheirs_onlyTheTickedOnes() {
        ConflictViewModel vm = new ConflictViewModel(CONFLICT);
        vm.takeTheirsProperty("dealName").set(true);
        assertThat(vm.fieldsFromTheirs()).containsExactly("dealName");
        assertThat(vm.canMerge()).isTrue();
        assertThat(vm.headline()).isEqualTo("Prospect Acme was changed elsewhere too: stale edit.");
    }

    @Test
    void canMerge_whenOneSideRemovedIt_isFalse() {
        assertThat(new ConflictViewModel(new RecordConflict("call:c1", "Call c1", "removed", List.of())).canMerge())
                .isFalse();
    }

    @Test
    void withSettledRecord_takesOnlyThatRecord_keepsOtherEditsMadeMeanwhile() {
        Prospect acme = Prospect.create("Acme", "", StageModel.DISCOVERY, LocalDate.of(2026, 3, 2));
        Prospect globex = Prospect.create("Globex", "", StageModel.DISCOVERY, LocalDate.of(2026, 3, 2));
        PlannerData settled = PlannerData.empty().withProspect(acme.withNotes("theirs")).withProspect(globex);
        PlannerData current = PlannerData.empty().withProspect(acme.withNotes("mine"))
                .withProspect(globex.withNotes("typed while the dialog was open"));

        PlannerData after = ConflictViewModel.withSettledRecord(current, settled, "prospect:" + acme.id().value());

        assertThat(after.prospect(acme.id()).orElseThrow().notes()).isEqualTo("theirs");
        assertThat(after.prospect(globex.id()).orElseThrow().notes()).isEqualTo("typed while the dialog was open");
    }
}
