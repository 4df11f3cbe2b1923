package com.salescallplanner.store.format;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.StageId;

import java.util.List;
import java.util.Set;

/** One rung of the commitment ladder as stored. */
record JsonRung(String kind, Integer rank, String label, String buyerAction, String earliestStageId,
                List<String> examples) {
    LadderRung toDomain(FieldPath at, Set<String> stageIds) {
        CommitmentKind k = FieldValues.enumValue(at.field("kind"), kind, CommitmentKind.class);
        int r = FieldValues.required(at.field("rank"), rank);
        String stage = FieldValues.required(at.field("earliestStageId"), earliestStageId);
        if (!stageIds.contains(stage)) {
            throw new InvalidValue(at.field("earliestStageId"), "stage '" + stage + "' is not in the stage model.");
        }
        FieldValues.name(at.field("label"), label, "Label of " + k);
        List<String> ex = FieldValues.names(at.field("examples"), examples, "An example of " + k);
        StageId earliest = new StageId(stage); // one of the model's ids, so of the valid form
        return FieldValues.domain(at, () -> new LadderRung(k, r, label, buyerAction, earliest, ex));
    }
}
