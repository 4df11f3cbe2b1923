package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

import java.util.Set;

/**
 * Commitments told by the shape of the clause rather than by a keyword:
 * <ul>
 *   <li>a referral: someone passes, points, refers or puts us "to" or "in touch with" someone else
 *   ("gatekeeper passes us to the procurement manager", "point us to whoever runs the fleet");</li>
 *   <li>a meeting: someone fits, squeezes or slots us "in" (for a time): "VP Ops squeezes us in before ...";</li>
 *   <li>a buying decision: the buyer moves business "to us" or switches "to our" product ("moves all ocean
 *   freight volume to us", "switches all three sites to our coolant").</li>
 * </ul>
 */
final class ClauseShapes {
    /** Actions that take "us to" without introducing anyone: meeting, talking, agreeing, inviting to an event. */
    private static final Set<String> NOT_REFERRALS = Set.of("meet", "call", "discuss", "agree", "commit", "confirm",
            "invite", "bring", "take", "book", "set", "start", "move", "switch", "go", "get back", "come back");
    private static final Set<String> TRANSFERS = Set.of("switch", "move", "give", "award", "provide", "commit");
    private static final Set<String> BUSINESS = Set.of("volume", "business", "site", "spend", "account",
            "contract", "order", "plant", "line", "depot", "fleet", "location", "store", "branch", "region", "team",
            "user", "seat", "licence", "license", "production", "supply", "shipment", "freight", "work", "dc", "dcs",
            "warehouse", "route", "lane", "category", "hospital", "clinic", "office", "entity", "country");

    /** Actions that take "us in" without giving time: loop us in, let us in, bring us in. */
    private static final Set<String> NOT_SLOTS = Set.of("bring", "let", "cc", "keep", "lock in");
    private static final Set<String> TIME_WORDS = Set.of("for", "before", "on", "at", "next", "this", "by", "early",
            "late", "tomorrow", "today");
    private static final Set<String> PLACEHOLDERS = Set.of("whoever", "someone", "somebody", "anyone");

    private ClauseShapes() {
    }

    static CommitmentKind kind(Sentence x, People people, Action a, int e) {
        int i = a.index();
        String action = a.verb().action();
        String next = x.low(i + 1);
        if ((next.equals("us") || next.equals("me")) && !NOT_REFERRALS.contains(action)) {
            String prep = x.low(i + 2);
            boolean onward = (prep.equals("to") || prep.equals("onto") || prep.equals("with"))
                    && someone(x, people, i + 3, Math.min(e, i + 7)) || prep.equals("in") && x.low(i + 3).equals("touch");
            if (onward && i + 3 < e && !x.covered[i + 3]) {
                return CommitmentKind.INTRODUCE_STAKEHOLDER;
            }
        }
        if ((next.equals("us") || next.equals("me")) && x.low(i + 2).equals("in") && !NOT_SLOTS.contains(action)
                && (i + 3 >= e || x.covered[i + 3] || TIME_WORDS.contains(x.low(i + 3)))) {
            return CommitmentKind.NEXT_MEETING;
        }
        if (TRANSFERS.contains(action) && toUsOrOurs(x, i, e) && (action.equals("switch") || action.equals("move")
                || businessAfter(x, i, e))) {
            return CommitmentKind.SIGN;
        }
        return null;
    }

    /** A buyer-side person, or "whoever", "someone", "the right person" in [from, to). */
    private static boolean someone(Sentence x, People people, int from, int to) {
        if (from < to && PLACEHOLDERS.contains(x.low(from))) {
            return true;
        }
        return people.firstBuyer(from, to) != null || from + 1 < to && x.low(from).equals("the")
                && (x.low(from + 1).equals("right") || x.low(from + 1).equals("person"));
    }

    private static boolean toUsOrOurs(Sentence x, int i, int e) {
        for (int k = i + 1; k + 1 < e; k++) {
            if (x.low(k).equals("to") && (x.low(k + 1).equals("us") || x.low(k + 1).equals("our"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean businessAfter(Sentence x, int i, int e) {
        for (int k = i + 1; k < e; k++) {
            if (BUSINESS.contains(x.lemmas[k])) {
                return true;
            }
        }
        return false;
    }
}
