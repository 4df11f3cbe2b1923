package com.salescallplanner.store.format;

import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;

import java.time.LocalDate;
import java.util.Set;

/** One entry of a prospect's stage history as stored. */
record JsonStageChange(String stageId, String date) {
    StageChange toDomain(FieldPath at, Set<String> stageIds) {
        StageId s = StageReference.stage(at.field("stageId"), stageId, stageIds);
        LocalDate d = FieldValues.date(at.field("date"), date);
        return FieldValues.domain(at, () -> new StageChange(s, d));
    }
}
