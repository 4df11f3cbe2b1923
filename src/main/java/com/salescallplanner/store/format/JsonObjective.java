package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One objective as stored. The level is not stored: it is the field that holds the objective
 * ({@code stretch} or {@code conservative}), so the two can never be swapped in the file.
 */
record JsonObjective(String text, String kind, String owner, String due) {
    /**
     * The fields' names in messages, made once: a load checks two objectives of every call, and
     * putting these together for each was a tenth of converting a large planner (docs/performance.md).
     */
    private static final Map<Level, String> TEXT_LABEL = labels(l -> l.displayName() + " objective");
    private static final Map<Level, String> OWNER_LABEL = labels(l -> "Owner of the " + l.id() + " objective");

    private static Map<Level, String> labels(Function<Level, String> label) {
        Map<Level, String> labels = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            labels.put(l, label.apply(l));
        }
        return labels;
    }

    Objective toDomain(FieldPath at, Level level) {
        FieldValues.text(at.field("text"), text, TEXT_LABEL.get(level), Objective.MAX_LENGTH);
        CommitmentKind k = FieldValues.optionalEnum(at.field("kind"), kind, CommitmentKind.class);
        FieldValues.text(at.field("owner"), owner, OWNER_LABEL.get(level), FieldRules.MAX_NAME);
        LocalDate d = FieldValues.optionalDate(at.field("due"), due);
        return FieldValues.domain(at, () -> new Objective(level, text, k, owner, d));
    }
}
