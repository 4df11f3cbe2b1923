package com.salescallplanner.domain;

import java.time.LocalDate;

/**
 * One commitment the rep wants from the buyer in a call.
 *
 * @param kindOverride the commitment kind the rep chose, or null to use the one read from the text
 * @param owner        the buyer-side person or role who commits, or "" to read it from the text
 * @param due          the date the commitment is due, or null to read it from the text
 */
public record Objective(Level level, String text, CommitmentKind kindOverride, String owner, LocalDate due) {
    public static final int MAX_LENGTH = 1_000;

    public Objective {
        FieldRules.required(level, "Objective level");
        text = FieldRules.text(text, level.displayName() + " objective", MAX_LENGTH);
        owner = FieldRules.text(owner, "Owner of the " + level.id() + " objective", FieldRules.MAX_NAME).strip();
    }

    public static Objective of(Level level, String text) {
        return new Objective(level, text, null, "", null);
    }

    public static Objective empty(Level level) {
        return of(level, "");
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public Objective withText(String newText) {
        return new Objective(level, newText, kindOverride, owner, due);
    }

    public Objective withKindOverride(CommitmentKind kind) {
        return new Objective(level, text, kind, owner, due);
    }

    public Objective withOwner(String newOwner) {
        return new Objective(level, text, kindOverride, newOwner, due);
    }

    public Objective withDue(LocalDate newDue) {
        return new Objective(level, text, kindOverride, owner, newDue);
    }
}
