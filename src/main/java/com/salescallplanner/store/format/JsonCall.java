package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.UpfrontContract;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * One call plan as stored. The start is an RFC 3339 date-time with its offset plus the IANA
 * time zone, so other tools read the instant and the planner keeps the rep's zone.
 */
record JsonCall(String id, String prospectId, String start, String timeZone, String duration,
                List<String> attendees, String stageIdAtPlanning, JsonContract contract, JsonObjective stretch,
                JsonObjective conservative, List<String> questions, JsonProgress progress, JsonOutcome outcome) {
    CallPlan toDomain(FieldPath at, Set<String> stageIds, Set<ProspectId> prospectIds) {
        CallId cid = FieldValues.domain(at.field("id"), () -> new CallId(FieldValues.required(at.field("id"), id)));
        ProspectId pid = FieldValues.domain(at.field("prospectId"),
                () -> new ProspectId(FieldValues.required(at.field("prospectId"), prospectId)));
        if (!prospectIds.contains(pid)) {
            throw new InvalidValue(at.field("prospectId"), "no prospect has the id " + pid + ".");
        }
        ZonedDateTime when = FieldValues.zoned(at.field("start"), start, at.field("timeZone"), timeZone);
        Duration length = FieldValues.duration(at.field("duration"), duration);
        List<String> people = FieldValues.names(at.field("attendees"), attendees, "An attendee");
        StageId stage = StageReference.stage(at.field("stageIdAtPlanning"), stageIdAtPlanning, stageIds);
        UpfrontContract c = contract == null ? null : contract.toDomain(at.field("contract"));
        Objective s = stretch == null ? null : stretch.toDomain(at.field("stretch"), Level.STRETCH);
        Objective k = conservative == null ? null : conservative.toDomain(at.field("conservative"), Level.CONSERVATIVE);
        List<String> q = FieldValues.optionalList(at.field("questions"), questions,
                (v, p) -> FieldValues.text(p, v, "A question"));
        CallProgress pr = progress == null ? null : progress.toDomain(at.field("progress"));
        CallOutcome o = outcome == null ? null : outcome.toDomain(at.field("outcome"), stageIds);
        return FieldValues.domain(at, () -> new CallPlan(cid, pid, when, length, people, stage, c, s, k, q, pr, o));
    }
}
