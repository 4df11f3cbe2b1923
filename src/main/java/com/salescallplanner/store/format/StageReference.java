package com.salescallplanner.store.format;

import com.salescallplanner.domain.StageId;

import java.util.Set;

/** Checks that a stage a record names is in the stage model, naming the field that holds it. */
final class StageReference {
    private StageReference() {
    }

    static StageId stage(FieldPath at, String stageId, Set<String> stageIds) {
        FieldValues.required(at, stageId);
        if (!stageIds.contains(stageId)) {
            throw new InvalidValue(at, "stage '" + stageId + "' is not in the stage model (" + String.join(", ",
                    new java.util.TreeSet<>(stageIds)) + ").");
        }
        return new StageId(stageId); // one of the model's ids, so of the valid form
    }
}
