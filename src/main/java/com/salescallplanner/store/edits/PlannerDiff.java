package com.salescallplanner.store.edits;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The records that differ between two values of a rep's planner, in an order that can be
 * applied one by one: settings, then new and changed prospects, new and changed calls, removed
 * calls, removed prospects. Used by the team database's edit queue and by the journal beside
 * {@code planner.json}.
 *
 * <p>Unchanged records are the same objects in both values (the planner data is immutable and
 * shares them), and an edit keeps every other record at its place in the list, so the lists are
 * walked side by side comparing references; only where they differ are ids looked up. An edit
 * of one prospect in 10,000 prospects and 100,000 calls costs a walk of references, not 110,000
 * look-ups.
 */
public final class PlannerDiff {
    /** A record to write ({@code body} set) or remove ({@code body} null). */
    public record Change(RecordKey key, String body, String prospectId) {
    }

    private PlannerDiff() {
    }

    public static List<Change> between(PlannerData before, PlannerData after) {
        List<Change> out = new ArrayList<>();
        if (!before.stages().equals(after.stages()) || !before.ladder().equals(after.ladder())
                || !before.learned().equals(after.learned())) {
            out.add(new Change(RecordKey.SETTINGS, Bodies.settings(after), ""));
        }
        List<Prospect> goneProspects = new ArrayList<>();
        List<CallPlan> goneCalls = new ArrayList<>();
        walk(before.prospects(), after.prospects(), p -> before.prospect(p.id()).orElse(null),
                p -> after.prospect(p.id()).isPresent(),
                p -> out.add(new Change(RecordKey.prospect(p.id().value()), Bodies.prospect(p), "")), goneProspects);
        walk(before.calls(), after.calls(), c -> before.call(c.id()).orElse(null),
                c -> after.call(c.id()).isPresent(),
                c -> out.add(new Change(RecordKey.call(c.id().value()), Bodies.call(c), c.prospectId().value())),
                goneCalls);
        for (CallPlan c : goneCalls) {
            out.add(new Change(RecordKey.call(c.id().value()), null, c.prospectId().value()));
        }
        for (Prospect p : goneProspects) {
            out.add(new Change(RecordKey.prospect(p.id().value()), null, ""));
        }
        return out;
    }

    /**
     * Reports each record of {@code after} that is new or changed, in the order of {@code after},
     * and collects the records of {@code before} that are gone, in the order of {@code before}.
     */
    private static <T> void walk(List<T> before, List<T> after, Function<T, T> oldOf,
                                 Predicate<T> stillThere, Consumer<T> changed,
                                 List<T> gone) {
        if (before == after) { // an edit of a prospect shares the whole list of calls: 100,000 steps saved
            return;
        }
        int nAfter = after.size();
        int nBefore = before.size();
        int n = Math.max(nBefore, nAfter);
        for (int i = 0; i < n; i++) {
            T a = i < nAfter ? after.get(i) : null;
            T b = i < nBefore ? before.get(i) : null;
            if (a == b) {
                continue;
            }
            if (a != null) {
                T old = oldOf.apply(a);
                if (old != a && !a.equals(old)) {
                    changed.accept(a);
                }
            }
            if (b != null && !stillThere.test(b)) {
                gone.add(b);
            }
        }
    }
}
