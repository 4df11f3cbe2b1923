package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The edits the journal records must give, applied as loading applies them, exactly the data
 * saved; where they would not, the whole file is written ({@code between} is empty). The usual
 * save (one record changed where it stands) is checked without applying it: these cases hold
 * whichever way it is checked.
 */
class JournalEditsTest {
    private final PlannerData before = TestData.full();

    private static PlannerData replayed(PlannerData from, List<Change> changes) throws Exception {
        PlannerData d = from;
        for (Change c : changes) {
            d = Bodies.apply(d, c.key(), c.body());
        }
        return d;
    }

    @Test
    void between_oneProspectEditedInPlace_oneChangeThatGivesTheNewData() throws Exception {
        PlannerData after = before.withProspect(before.prospects().get(1).withNotes("Called back"));
        Optional<List<Change>> changes = JournalEdits.between(before, after);
        assertThat(changes).get().asList().hasSize(1);
        assertThat(replayed(before, changes.orElseThrow())).isEqualTo(after);
    }

    @Test
    void between_oneCallEditedInPlace_oneChangeThatGivesTheNewData() throws Exception {
        CallPlan call = before.calls().get(0);
        PlannerData after = before.withCall(call.withQuestions(List.of("Who else decides?")));
        Optional<List<Change>> changes = JournalEdits.between(before, after);
        assertThat(changes).get().asList().hasSize(1);
        assertThat(replayed(before, changes.orElseThrow())).isEqualTo(after);
    }

    @Test
    void between_prospectEditedAndMovedToTheEnd_wouldLandInItsOldPlace_soTheWholeFileIsWritten() {
        Prospect first = before.prospects().get(0).withNotes("Moved and edited");
        List<Prospect> reordered = new ArrayList<>(before.prospects().subList(1, before.prospects().size()));
        reordered.add(first);
        PlannerData after = PlannerData.of(before.stages(), before.ladder(), reordered, before.calls(), before.learned());
        assertThat(JournalEdits.between(before, after)).isEmpty();
    }

    @Test
    void between_twoProspectsEdited_bothChangesGiveTheNewData() throws Exception {
        PlannerData after = before.withProspect(before.prospects().get(0).withNotes("a"))
                .withProspect(before.prospects().get(1).withNotes("b"));
        Optional<List<Change>> changes = JournalEdits.between(before, after);
        assertThat(changes).get().asList().hasSize(2);
        assertThat(replayed(before, changes.orElseThrow())).isEqualTo(after);
    }

    @Test
    void between_editsInARow_eachSavedAsTheOneRecordItChanged_alsoWhenTheListKnowsWhere() throws Exception {
        PlannerData first = before.withProspect(before.prospects().get(0).withNotes("First"));
        PlannerData second = first.withProspect(first.prospects().get(1).withNotes("Second"));
        CallPlan call = second.calls().get(0);
        PlannerData third = second.withCall(call.withQuestions(List.of("Who signs?")));
        PlannerData fourth = third.withCall(third.calls().get(0).withQuestions(List.of("Who signs, and when?")));

        PlannerData saved = before;
        for (PlannerData next : List.of(first, second, third, fourth)) {
            Optional<List<Change>> changes = JournalEdits.between(saved, next);
            assertThat(changes).get().asList().hasSize(1);
            assertThat(replayed(saved, changes.orElseThrow())).isEqualTo(next);
            saved = next;
        }
    }

    @Test
    void between_twoEditsSinceTheLastSave_bothFoundThoughTheListWasMadeFromAnother() throws Exception {
        PlannerData first = before.withProspect(before.prospects().get(0).withNotes("First"));
        PlannerData second = first.withProspect(first.prospects().get(1).withNotes("Second"));

        Optional<List<Change>> changes = JournalEdits.between(before, second); // first was never saved
        assertThat(changes).get().asList().hasSize(2);
        assertThat(replayed(before, changes.orElseThrow())).isEqualTo(second);
    }

    @Test
    void between_nothingChanged_noChanges() {
        assertThat(JournalEdits.between(before, before)).get().asList().isEmpty();
    }
}
