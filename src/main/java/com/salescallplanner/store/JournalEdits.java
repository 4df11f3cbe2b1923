package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff;
import com.salescallplanner.store.edits.PlannerDiff.Change;

import java.util.List;
import java.util.Optional;

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

    /** Same records at the same places: shared ones by reference (cheap), the few re-read from JSON by value. */
    private static <T> boolean samePlaces(List<T> replayed, List<T> next) {
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
