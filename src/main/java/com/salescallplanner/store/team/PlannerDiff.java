package com.salescallplanner.store.team;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The records that differ between two values of a rep's planner, in an order the server can
 * apply one by one: settings, then new and changed prospects, new and changed calls, removed
 * calls, removed prospects. Unchanged records are the same objects in both values (the planner
 * data is immutable and shares them), so comparing is cheap.
 */
final class PlannerDiff {
    /** A record to write ({@code body} set) or remove ({@code body} null). */
    record Change(RecordKey key, String body, String prospectId) {
    }

    private PlannerDiff() {
    }

    static List<Change> between(PlannerData before, PlannerData after) {
        List<Change> out = new ArrayList<>();
        if (!before.stages().equals(after.stages()) || !before.ladder().equals(after.ladder())
                || !before.learned().equals(after.learned())) {
            out.add(new Change(RecordKey.SETTINGS, Bodies.settings(after), ""));
        }
        for (Prospect p : after.prospects()) {
            Prospect old = before.prospect(p.id()).orElse(null);
            if (old != p && !p.equals(old)) {
                out.add(new Change(RecordKey.prospect(p.id().value()), Bodies.prospect(p), ""));
            }
        }
        for (CallPlan c : after.calls()) {
            CallPlan old = before.call(c.id()).orElse(null);
            if (old != c && !c.equals(old)) {
                out.add(new Change(RecordKey.call(c.id().value()), Bodies.call(c), c.prospectId().value()));
            }
        }
        Set<String> calls = new HashSet<>();
        after.calls().forEach(c -> calls.add(c.id().value()));
        for (CallPlan c : before.calls()) {
            if (!calls.contains(c.id().value())) {
                out.add(new Change(RecordKey.call(c.id().value()), null, c.prospectId().value()));
            }
        }
        for (Prospect p : before.prospects()) {
            if (after.prospect(p.id()).isEmpty()) {
                out.add(new Change(RecordKey.prospect(p.id().value()), null, ""));
            }
        }
        return out;
    }
}
