package com.salescallplanner.domain;

import java.util.List;

/**
 * One rung of the commitment ladder: how much the commitment is worth (rank, 1 = smallest),
 * what the buyer does, the earliest stage where asking for it fits, and example objectives.
 */
public record LadderRung(CommitmentKind kind, int rank, String label, String buyerAction,
                         StageId earliestStageId, List<String> examples) {
    public LadderRung {
        FieldRules.required(kind, "Commitment kind");
        if (kind == CommitmentKind.NONE) {
            throw new DomainException("NONE is not a rung of the ladder: it means no commitment.");
        }
        if (rank < 1 || rank > 99) {
            throw new DomainException("Rank of " + kind + " must be between 1 and 99, not " + rank + ".");
        }
        label = FieldRules.name(label, "Label of " + kind);
        buyerAction = FieldRules.text(buyerAction, "Buyer action of " + kind, FieldRules.MAX_NAME * 2);
        FieldRules.required(earliestStageId, "Earliest stage of " + kind);
        examples = FieldRules.list(examples, "Examples of " + kind);
        for (String e : examples) {
            FieldRules.name(e, "An example of " + kind);
        }
    }

    public LadderRung withLabel(String newLabel) {
        return new LadderRung(kind, rank, newLabel, buyerAction, earliestStageId, examples);
    }

    public LadderRung withEarliestStage(StageId stageId) {
        return new LadderRung(kind, rank, label, buyerAction, stageId, examples);
    }

    /** A copy with these example objectives; blank lines are dropped, the rest trimmed. */
    public LadderRung withExamples(List<String> newExamples) {
        List<String> kept = newExamples.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        return new LadderRung(kind, rank, label, buyerAction, earliestStageId, kept);
    }
}
