package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

import java.util.Set;

/**
 * Kinds that depend on what the buyer does to the object rather than on the object alone: fixing a price
 * ("locks the per-seat price", "settles the day rate", "accepts the revised tariff") agrees terms, where
 * reviewing it is a proposal review; a procurement, legal or security team starting its work ("legal starts
 * redlining our paper") starts procurement.
 */
final class PriceAndProcess {
    /** Actions that fix what they act on. */
    private static final Set<String> FIXING = Set.of("agree", "accept", "secure", "lock in", "nail down", "pin down",
            "commit");
    /** What a price is called. */
    private static final Set<String> PRICES = Set.of("price", "pricing", "rate", "tariff", "fee", "<money>",
            "rate card", "day rate", "offer");
    private static final Set<String> STARTS = Set.of("start", "kick off");

    private PriceAndProcess() {
    }

    /** The buyer fixes a price: terms, not a proposal review. */
    static boolean fixesPrice(Sentence x, Action a, int e) {
        if (!FIXING.contains(a.verb().action()) && !FIXING.contains(a.verb().base())) {
            return false;
        }
        for (int k = a.index() + 1; k < e; k++) {
            if (PRICES.contains(x.lemmas[k]) && !x.covered[k]) {
                return true;
            }
        }
        return false;
    }

    /** A procurement, legal or security team starts its work: the procurement has started. */
    static boolean teamStarts(Action a, CommitmentKind k, boolean procurementTeam) {
        return procurementTeam && STARTS.contains(a.verb().action())
                && (k == null || k == CommitmentKind.SHARE_INFORMATION || k == CommitmentKind.AGREE_TERMS
                || k == CommitmentKind.PROPOSAL_REVIEW);
    }
}
