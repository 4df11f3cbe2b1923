package com.salescallplanner.store.format;

import java.util.Set;

/** Checks references between parts of the document, naming the field that holds them. */
final class Refs {
    private Refs() {
    }

    static String stage(FieldPath at, String stageId, Set<String> stageIds) {
        Fields.required(at, stageId);
        if (!stageIds.contains(stageId)) {
            throw new InvalidValue(at, "stage '" + stageId + "' is not in the stage model (" + String.join(", ",
                    new java.util.TreeSet<>(stageIds)) + ").");
        }
        return stageId;
    }
}
