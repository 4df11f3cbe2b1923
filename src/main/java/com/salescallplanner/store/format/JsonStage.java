package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageType;

/** One stage of the stage model as stored. */
record JsonStage(String id, String name, String description, String type) {
    static JsonStage from(Stage s) {
        return new JsonStage(s.id(), s.name(), s.description(), s.type().name());
    }

    Stage toDomain(FieldPath at) {
        FieldValues.required(at.field("id"), id);
        // The id rule lives in Stage: try it on its own so a bad id is reported at "id".
        FieldValues.domain(at.field("id"), () -> new Stage(id, "probe", "", StageType.OPEN));
        String n = FieldValues.name(at.field("name"), name, "Stage name");
        String d = FieldValues.text(at.field("description"), description, "Stage description", FieldRules.MAX_NAME * 2);
        StageType t = FieldValues.enumValue(at.field("type"), type, StageType.class);
        return FieldValues.domain(at, () -> new Stage(id, n, d, t));
    }
}
