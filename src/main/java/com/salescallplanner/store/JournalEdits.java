package com.salescallplanner.store;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff;
import com.salescallplanner.store.edits.PlannerDiff.Change;
import com.salescallplanner.store.format.FormatException;
import com.salescallplanner.store.format.RecordJson;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The edits that turn the data last made durable into the data to save, checked before they
 * are journalled: applied to the old data as loading will apply them (from their JSON), they
 * must give exactly the new data, records in the same order. When they would not (a record
 * re-added under the id of one removed, ending up elsewhere in the list), the store writes the
 * whole file instead.
 */
final class JournalEdits {
    private JournalEdits() {
    }

    /** The changes, or empty when only a whole save keeps the data exactly. */
    static Optional<List<Change>> between(PlannerData durable, PlannerData next) {
        List<Change> changes = PlannerDiff.between(durable, next);
        if (oneReplacedInPlace(durable, next, changes)) {
            return Optional.of(changes);
        }
        PlannerData replayed = durable;
        try {
            for (Change c : changes) {
                replayed = Bodies.apply(replayed, c.key(), c.body());
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        boolean same = replayed.stages().equals(next.stages()) && replayed.ladder().equals(next.ladder())
                && samePlaces(replayed.prospects(), next.prospects()) && samePlaces(replayed.calls(), next.calls());
        return same ? Optional.of(changes) : Optional.empty();
    }

    /**
     * The usual save, one prospect or one call changed where it stands, checked without applying
     * it: replaying would copy the list of 10,000 prospects (or 100,000 calls) twice, most of an
     * edit's cost beside the disk (docs/performance.md). Loading puts the record read back from
     * its JSON in the place of the one with its id, so the result is {@code next} exactly when
     * that record is the only one that differs and equals what its JSON reads back as. Anything
     * else (or a body that does not read back) takes the full check.
     */
    private static boolean oneReplacedInPlace(PlannerData durable, PlannerData next, List<Change> changes) {
        if (changes.size() != 1 || changes.get(0).body() == null || durable.stages() != next.stages()
                || durable.ladder() != next.ladder() || durable.learned() != next.learned()) {
            return false;
        }
        Change c = changes.get(0);
        try {
            return switch (c.key().kind()) {
                case PROSPECT -> durable.calls() == next.calls() && onlyDifferenceAt(durable.prospects(),
                        next.prospects(), RecordJson.prospect(c.body(), durable.stages()), Prospect::id);
                case CALL -> durable.prospects() == next.prospects() && onlyDifferenceAt(durable.calls(), next.calls(),
                        RecordJson.call(c.body(), durable.stages(), Bodies.prospectIds(durable)), CallPlan::id);
                default -> false;
            };
        } catch (FormatException | RuntimeException e) {
            return false;
        }
    }

    /** True when the lists differ at one place only, holding records of the same id there, the new one equal to {@code readBack}. */
    private static <T> boolean onlyDifferenceAt(List<T> before, List<T> after, T readBack, Function<T, ?> id) {
        if (before.size() != after.size()) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < after.size(); i++) {
            if (before.get(i) != after.get(i)) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 && id.apply(before.get(at)).equals(id.apply(after.get(at))) && after.get(at).equals(readBack);
    }

    /** Same records at the same places: shared ones by reference (cheap), the few re-read from JSON by value. */
    private static <T> boolean samePlaces(List<T> replayed, List<T> next) {
        if (replayed == next) { // a list no change touched: shared by both
            return true;
        }
        if (replayed.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            T a = replayed.get(i);
            T b = next.get(i);
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }
}
