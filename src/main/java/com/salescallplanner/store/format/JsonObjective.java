package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;

import java.time.LocalDate;

/**
 * One objective as stored. The level is not stored: it is the field that holds the objective
 * ({@code stretch} or {@code conservative}), so the two can never be swapped in the file.
 */
record JsonObjective(String text, String kind, String owner, String due) {
    static JsonObjective from(Objective o) {
        return new JsonObjective(o.text(), o.kindOverride() == null ? null : o.kindOverride().name(), o.owner(),
                o.due() == null ? null : o.due().toString());
    }

    Objective toDomain(FieldPath at, Level level) {
        FieldValues.text(at.field("text"), text, level.displayName() + " objective", Objective.MAX_LENGTH);
        CommitmentKind k = FieldValues.optionalEnum(at.field("kind"), kind, CommitmentKind.class);
        FieldValues.text(at.field("owner"), owner, "Owner of the " + level.id() + " objective", FieldRules.MAX_NAME);
        LocalDate d = FieldValues.optionalDate(at.field("due"), due);
        return FieldValues.domain(at, () -> new Objective(level, text, k, owner, d));
    }
}
