package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageType;

/** One stage of the stage model as stored. */
record JsonStage(String id, String name, String description, String type) {
    Stage toDomain(FieldPath at) {
        FieldValues.required(at.field("id"), id);
        StageId sid = FieldValues.domain(at.field("id"), () -> new StageId(id));
        String n = FieldValues.name(at.field("name"), name, "Stage name");
        String d = FieldValues.text(at.field("description"), description, "Stage description", FieldRules.MAX_NAME * 2);
        StageType t = FieldValues.enumValue(at.field("type"), type, StageType.class);
        return FieldValues.domain(at, () -> new Stage(sid, n, d, t));
    }
}
