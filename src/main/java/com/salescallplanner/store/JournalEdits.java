package com.salescallplanner.store;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff;
import com.salescallplanner.store.edits.PlannerDiff.Change;
import com.salescallplanner.store.edits.RecordKey;
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
        Optional<Change> one = oneReplacedInPlace(durable, next);
        if (one.isPresent()) {
            return Optional.of(List.of(one.get()));
        }
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

    /**
     * The usual save, one prospect or one call changed where it stands, found and checked in one
     * walk of references, without {@link PlannerDiff}'s walk or applying it: replaying would copy
     * the list of 10,000 prospects (or 100,000 calls) twice, most of an edit's cost beside the disk
     * (docs/performance.md). Loading puts the record read back from its JSON in the place of the
     * one with its id, so the result is {@code next} exactly when that record is the only one that
     * differs and equals what its JSON reads back as. The change is the one {@link PlannerDiff}
     * gives for it. Anything else (or a body that does not read back) takes the full check.
     */
    private static Optional<Change> oneReplacedInPlace(PlannerData durable, PlannerData next) {
        if (durable.stages() != next.stages() || durable.ladder() != next.ladder() || durable.learned() != next.learned()) {
            return Optional.empty();
        }
        try {
            if (durable.calls() == next.calls()) {
                Prospect p = onlyDifferenceAt(durable.prospects(), next.prospects(), Prospect::id);
                String body = p == null ? null : Bodies.prospect(p);
                return p != null && p.equals(RecordJson.prospect(body, durable.stages()))
                        ? Optional.of(new Change(RecordKey.prospect(p.id().value()), body, "")) : Optional.empty();
            }
            if (durable.prospects() == next.prospects()) {
                CallPlan c = onlyDifferenceAt(durable.calls(), next.calls(), CallPlan::id);
                String body = c == null ? null : Bodies.call(c);
                return c != null && c.equals(RecordJson.call(body, durable.stages(), Bodies.prospectIds(durable)))
                        ? Optional.of(new Change(RecordKey.call(c.id().value()), body, c.prospectId().value()))
                        : Optional.empty();
            }
        } catch (FormatException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The new record when the lists differ at one place only, holding records of the same id there
     * that differ in value; null otherwise.
     */
    private static <T> T onlyDifferenceAt(List<T> before, List<T> after, Function<T, ?> id) {
        int n = after.size();
        if (before.size() != n) {
            return null;
        }
        int at = PlannerData.replacedAt(before, after); // known when after was made from before: no walk
        if (at < 0) {
            for (int i = 0; i < n; i++) {
                if (before.get(i) != after.get(i)) {
                    if (at >= 0) {
                        return null;
                    }
                    at = i;
                }
            }
        }
        if (at < 0) {
            return null;
        }
        T old = before.get(at);
        T now = after.get(at);
        return id.apply(old).equals(id.apply(now)) && !now.equals(old) ? now : null;
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
