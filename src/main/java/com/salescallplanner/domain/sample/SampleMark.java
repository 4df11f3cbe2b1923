package com.salescallplanner.domain.sample;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.util.List;

/**
 * How the window's sample data is told from the rep's own: its prospects and calls have ids that
 * start with {@value #PREFIX} (the rep's own get random UUIDs, never that prefix), so "Remove
 * sample data" removes exactly the samples, with every call of a sample prospect, and nothing else.
 * The ids are in the data file already, so this needs no new field.
 */
public final class SampleMark {
    public static final String PREFIX = "sample-";

    private SampleMark() {
    }

    public static boolean isSample(Prospect p) {
        return p.id().value().startsWith(PREFIX);
    }

    /** How many sample prospects the data holds. */
    public static int prospects(PlannerData d) {
        return (int) d.prospects().stream().filter(SampleMark::isSample).count();
    }

    /** How many calls belong to sample prospects. */
    public static int calls(PlannerData d) {
        return (int) d.calls().stream().filter(c -> c.prospectId().value().startsWith(PREFIX)).count();
    }

    /** The data without the sample prospects and their calls; the rep's own prospects, calls and settings stay. */
    public static PlannerData withoutSamples(PlannerData d) {
        List<Prospect> own = d.prospects().stream().filter(p -> !isSample(p)).toList();
        if (own.size() == d.prospects().size()) {
            return d;
        }
        List<CallPlan> ownCalls = d.calls().stream().filter(c -> !c.prospectId().value().startsWith(PREFIX)).toList();
        return PlannerData.of(d.stages(), d.ladder(), own, ownCalls, d.learned());
    }
}
