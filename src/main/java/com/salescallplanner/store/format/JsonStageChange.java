package com.salescallplanner.store.format;

import com.salescallplanner.domain.StageChange;

import java.time.LocalDate;
import java.util.Set;

/** One entry of a prospect's stage history as stored. */
record JsonStageChange(String stageId, String date) {
    static JsonStageChange from(StageChange c) {
        return new JsonStageChange(c.stageId(), c.date().toString());
    }

    StageChange toDomain(FieldPath at, Set<String> stageIds) {
        String s = StageReference.stage(at.field("stageId"), stageId, stageIds);
        LocalDate d = FieldValues.date(at.field("date"), date);
        return FieldValues.domain(at, () -> new StageChange(s, d));
    }
}
