package com.salescallplanner.ui.prospects;

import java.time.ZonedDateTime;
import java.util.Comparator;

/**
 * The prospect list's order until the rep sorts by a column: what to act on first. Open deals
 * before closed ones; among the open, those needing attention (a call without its outcome, then
 * the stranded), then the soonest next call, then the longest in their stage; among the closed,
 * the most recently closed first; then by company. Written out by hand rather than chained
 * {@code Comparator.comparing} calls: the list checks its order after every edit, and boxing
 * each key for 10,000 rows would cost a frame.
 */
final class ProspectOrder {
    static final Comparator<ProspectRow> DEFAULT = ProspectOrder::compare;

    private ProspectOrder() {
    }

    private static int compare(ProspectRow a, ProspectRow b) {
        if (a.closed() != b.closed()) {
            return a.closed() ? 1 : -1;
        }
        int c = Integer.compare(attention(a), attention(b));
        if (c != 0) {
            return c;
        }
        c = compareNextCall(a.nextCall(), b.nextCall());
        if (c != 0) {
            return c;
        }
        // Open: longest in the stage first; closed: most recently closed first.
        c = a.closed() ? Long.compare(a.daysInStage(), b.daysInStage()) : Long.compare(b.daysInStage(),
                a.daysInStage());
        return c != 0 ? c : a.prospect().company().compareToIgnoreCase(b.prospect().company());
    }

    /** 0: a call waits for its outcome; 1: stranded; 2: nothing to fix. */
    private static int attention(ProspectRow r) {
        return r.outcomeMissing() ? 0 : r.stranded() ? 1 : 2;
    }

    /** The soonest first; no next call last. */
    private static int compareNextCall(ZonedDateTime a, ZonedDateTime b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? 1 : -1;
        }
        return a.toInstant().compareTo(b.toInstant());
    }
}
