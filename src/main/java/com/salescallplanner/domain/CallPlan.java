package com.salescallplanner.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One planned call with one prospect. It is planned until an outcome is recorded; then it is
 * reviewed history, changed only by an explicit edit.
 *
 * @param stageIdAtPlanning the prospect's stage when the call was planned: the objectives are checked against it
 * @param outcome           the review, or null while the call is still planned
 */
public record CallPlan(CallId id, ProspectId prospectId, ZonedDateTime start, Duration duration,
                       List<String> attendees, StageId stageIdAtPlanning, UpfrontContract contract,
                       Objective stretch, Objective conservative, List<String> questions,
                       CallProgress progress, CallOutcome outcome) {
    public static final Duration MAX_DURATION = Duration.ofHours(12);

    public CallPlan {
        FieldRules.required(id, "Call id");
        FieldRules.required(prospectId, "Prospect of the call");
        FieldRules.required(start, "Start of the call");
        FieldRules.required(duration, "Duration of the call");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new DomainException("Duration of the call must be between 1 minute and 12 hours.");
        }
        attendees = FieldRules.list(attendees, "Attendees");
        attendees.forEach(a -> FieldRules.name(a, "An attendee"));
        FieldRules.required(stageIdAtPlanning, "Stage at planning");
        contract = contract == null ? UpfrontContract.EMPTY : contract;
        stretch = stretch == null ? Objective.empty(Level.STRETCH) : stretch;
        conservative = conservative == null ? Objective.empty(Level.CONSERVATIVE) : conservative;
        if (stretch.level() != Level.STRETCH || conservative.level() != Level.CONSERVATIVE) {
            throw new DomainException("The stretch and conservative objectives are swapped.");
        }
        questions = FieldRules.list(questions, "Questions");
        questions.forEach(TextLimit.QUESTION::check);
        progress = progress == null ? CallProgress.NOT_STARTED : progress;
    }

    /** A new, empty plan: the rep fills in the objectives. */
    public static CallPlan draft(ProspectId prospect, ZonedDateTime start, Duration duration, StageId stageId) {
        return new CallPlan(CallId.random(), prospect, start, duration, List.of(), stageId, UpfrontContract.EMPTY,
                Objective.empty(Level.STRETCH), Objective.empty(Level.CONSERVATIVE), List.of(),
                CallProgress.NOT_STARTED, null);
    }

    public boolean isReviewed() {
        return outcome != null;
    }

    public ZonedDateTime end() {
        return start.plus(duration);
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public Objective objective(Level level) {
        return level == Level.STRETCH ? stretch : conservative;
    }

    public CallPlan withObjective(Objective o) {
        return o.level() == Level.STRETCH
                ? new CallPlan(id, prospectId, start, duration, attendees, stageIdAtPlanning, contract, o,
                conservative, questions, progress, outcome)
                : new CallPlan(id, prospectId, start, duration, attendees, stageIdAtPlanning, contract, stretch, o,
                questions, progress, outcome);
    }

    public CallPlan withSchedule(ZonedDateTime newStart, Duration newDuration) {
        return new CallPlan(id, prospectId, newStart, newDuration, attendees, stageIdAtPlanning, contract, stretch,
                conservative, questions, progress, outcome);
    }

    public CallPlan withAttendees(List<String> newAttendees) {
        return new CallPlan(id, prospectId, start, duration, newAttendees, stageIdAtPlanning, contract, stretch,
                conservative, questions, progress, outcome);
    }

    public CallPlan withContract(UpfrontContract c) {
        return new CallPlan(id, prospectId, start, duration, attendees, stageIdAtPlanning, c, stretch,
                conservative, questions, progress, outcome);
    }

    public CallPlan withQuestions(List<String> q) {
        return new CallPlan(id, prospectId, start, duration, attendees, stageIdAtPlanning, contract, stretch,
                conservative, q, progress, outcome);
    }

    public CallPlan withProgress(CallProgress p) {
        return new CallPlan(id, prospectId, start, duration, attendees, stageIdAtPlanning, contract, stretch,
                conservative, questions, p, outcome);
    }

    public CallPlan withOutcome(CallOutcome o) {
        return new CallPlan(id, prospectId, start, duration, attendees, stageIdAtPlanning, contract, stretch,
                conservative, questions, progress, o);
    }

    public CallPlan withStageAtPlanning(StageId stageId) {
        return new CallPlan(id, prospectId, start, duration, attendees, stageId, contract, stretch,
                conservative, questions, progress, outcome);
    }
}
