package com.salescallplanner.domain;

import static com.salescallplanner.domain.CommitmentKind.*;
import static com.salescallplanner.domain.StageModel.*;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commitment ladder: every kind but NONE exactly once, with distinct ranks. Sorted by rank.
 * The defaults are the design's synthesis of Miller Heiman, SPIN, Sandler and MEDDPICC.
 */
public record CommitmentLadder(List<LadderRung> rungs) {

    public CommitmentLadder {
        rungs = FieldRules.list(rungs, "Ladder").stream().sorted(Comparator.comparingInt(LadderRung::rank)).toList();
        Set<CommitmentKind> kinds = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (LadderRung r : rungs) {
            if (!kinds.add(r.kind())) {
                throw new DomainException("The ladder lists " + r.kind() + " twice.");
            }
            if (!ranks.add(r.rank())) {
                throw new DomainException("Two rungs of the ladder share rank " + r.rank() + ".");
            }
        }
        for (CommitmentKind k : CommitmentKind.values()) {
            if (k != NONE && !kinds.contains(k)) {
                throw new DomainException("The ladder lacks the rung " + k + ".");
            }
        }
    }

    public LadderRung rung(CommitmentKind kind) {
        for (LadderRung r : rungs) {
            if (r.kind() == kind) {
                return r;
            }
        }
        throw new DomainException("No rung for " + kind + ".");
    }

    /** The kind's rank; 0 for NONE, below every rung. */
    public int rank(CommitmentKind kind) {
        return kind == NONE ? 0 : rung(kind).rank();
    }

    /** Checks that every rung's earliest stage exists in the stage model and is open. */
    public void checkAgainst(StageModel stages) {
        for (LadderRung r : rungs) {
            Stage s = stages.find(r.earliestStageId()).orElseThrow(() -> new DomainException(
                    "The earliest stage of " + r.kind() + " ('" + r.earliestStageId() + "') is not a stage."));
            if (s.closed()) {
                throw new DomainException("The earliest stage of " + r.kind() + " must be an open stage, not "
                        + s.name() + ".");
            }
        }
    }

    /** A copy with one rung replaced (same kind). */
    public CommitmentLadder with(LadderRung rung) {
        return new CommitmentLadder(rungs.stream().map(r -> r.kind() == rung.kind() ? rung : r).toList());
    }

    public static CommitmentLadder defaults() {
        Map<CommitmentKind, LadderRung> m = new EnumMap<>(CommitmentKind.class);
        put(m, NEXT_MEETING, 1, "Next meeting", "agrees to a meeting or call at a set time", PROSPECTING,
                "The CFO agrees to a 30-minute discovery call next Tuesday",
                "Anna books a follow-up meeting with us for March 3");
        put(m, SHARE_INFORMATION, 2, "Share information",
                "shares data, requirements, documents or access by a date", DISCOVERY,
                "The IT lead sends us their current process documentation by Friday",
                "The head of operations shares last year's volume figures by the 15th");
        put(m, INTRODUCE_STAKEHOLDER, 3, "Introduce a stakeholder",
                "introduces or invites another stakeholder or decision maker", DISCOVERY,
                "Our champion introduces us to the VP of Operations by next week",
                "The CFO invites the head of IT to our next call on Thursday");
        put(m, AGREE_CRITERIA, 4, "Agree criteria",
                "agrees success or decision criteria; attends a tailored demo with the buying group", DISCOVERY,
                "The buying group agrees the decision criteria with us by end of month",
                "The VP of Sales attends a tailored demo with her team leads on May 12");
        put(m, EVALUATE, 5, "Evaluate", "commits resources to evaluate: technical or integration team, "
                + "pilot or proof of concept, site visit, reference call", EVALUATION,
                "The CIO commits the integration team to a two-week pilot starting June 1",
                "Their operations manager joins a reference call with a customer next week");
        put(m, MUTUAL_PLAN, 6, "Mutual action plan",
                "brings in the economic buyer; agrees a mutual action plan with dates", EVALUATION,
                "Our champion brings the economic buyer to a meeting by the end of the month",
                "The project lead agrees a mutual action plan with dates by Friday");
        put(m, PROPOSAL_REVIEW, 7, "Proposal review",
                "reviews the proposal with the economic buyer; confirms budget", PROPOSAL,
                "The CFO reviews our proposal with us on Thursday and confirms the budget",
                "The economic buyer confirms the budget range by next Friday");
        put(m, START_PROCUREMENT, 8, "Start procurement",
                "starts security, legal or procurement steps; selects the vendor verbally", PROPOSAL,
                "Procurement starts the vendor onboarding this week",
                "Their security team starts our security review by the 20th");
        put(m, AGREE_TERMS, 9, "Agree terms", "agrees final terms; sets the signature date", NEGOTIATION,
                "Their legal team agrees the final contract terms by Wednesday",
                "The CFO sets the signature date for the end of the quarter");
        put(m, SIGN, 10, "Sign", "signs the buy-sell agreement or issues the purchase order (an order)",
                NEGOTIATION,
                "The CFO signs the agreement by March 31",
                "Procurement issues the purchase order by Friday");
        return new CommitmentLadder(List.copyOf(m.values()));
    }

    private static void put(Map<CommitmentKind, LadderRung> m, CommitmentKind kind, int rank, String label,
                            String action, StageId stage, String... examples) {
        m.put(kind, new LadderRung(kind, rank, label, action, stage, List.of(examples)));
    }
}
