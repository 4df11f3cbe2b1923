package com.salescallplanner.domain;

import java.time.LocalDate;

/**
 * The review of a call: what came of it, which objectives were met, and what happens next.
 *
 * @param stageAfterId the prospect's stage after the call
 * @param nextStep     the agreed next step, or null when none was agreed
 */
public record CallOutcome(OutcomeType type, boolean stretchMet, boolean conservativeMet, String notes,
                          StageId stageAfterId, NextStep nextStep, LocalDate reviewedOn) {
    public CallOutcome {
        FieldRules.required(type, "Outcome");
        notes = FieldRules.text(notes, "Review notes");
        FieldRules.required(stageAfterId, "Stage after the call");
        FieldRules.required(reviewedOn, "Review date");
    }

    /** The outcome the ticks suggest: stretch or conservative met is an advance, neither a continuation. */
    public static OutcomeType suggestedType(boolean stretchMet, boolean conservativeMet,
                                            CommitmentKind metKind) {
        if (metKind == CommitmentKind.SIGN) {
            return OutcomeType.ORDER;
        }
        return stretchMet || conservativeMet ? OutcomeType.ADVANCE : OutcomeType.CONTINUATION;
    }
}
