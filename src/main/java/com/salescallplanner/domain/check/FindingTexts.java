package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Level;

import java.util.List;
import java.util.stream.Collectors;

/** The sentences of the findings and their suggestions, written for the rep. */
final class FindingTexts {
    private final CommitmentLadder ladder;
    private final StageFit fit;

    FindingTexts(CommitmentLadder ladder, StageFit fit) {
        this.ladder = ladder;
        this.fit = fit;
    }

    Finding missing(Level level, int stage) {
        Rule rule = level == Level.STRETCH ? Rule.MISSING_STRETCH : Rule.MISSING_CONSERVATIVE;
        String what = level == Level.STRETCH ? "the best realistic commitment you want from the buyer"
                : "the least the buyer must commit to for this call to count";
        return Finding.of(rule, Target.of(level), "The " + level.id() + " objective is empty: write " + what + ".",
                example("Write one, e.g. ", level, stage, "Say what the buyer will do, who, and by when."));
    }

    /**
     * A warning on the stretch objective; an error on the conservative one, which is the least the buyer must
     * commit to: without a buyer commitment there is no such least, so the plan is not ready (issue 14).
     */
    Finding notAnAdvance(Level level, int stage) {
        boolean least = level == Level.CONSERVATIVE;
        return new Finding(Rule.NOT_AN_ADVANCE, least ? Severity.ERROR : Rule.NOT_AN_ADVANCE.severity(),
                Target.of(level), "The " + level.id()
                        + " objective names no buyer action: it is something you do, or a vague promise. "
                        + (least ? "The conservative objective is the least the buyer must commit to for the call to "
                        + "count, so without a buyer commitment the plan is not ready."
                        : "A call only advances the sale when the buyer commits to act."),
                example("Name what the buyer will do, e.g. ", level, stage,
                        "Name what the buyer will do, who, and by when."));
    }

    Finding unsure(Level level, Understanding u) {
        return Finding.of(Rule.UNSURE_READING, Target.of(level), "I am not sure how to read the " + level.id()
                        + " objective: " + u.doubt() + ". " + u.describe(),
                "Is this something the buyer commits to? Set the kind and the owner in the plan, and I will read "
                        + "this phrasing that way from now on.");
    }

    Finding noOwner(Level level, int stage) {
        return Finding.of(Rule.NO_OWNER, Target.of(level), "The " + level.id()
                        + " objective does not say who on the buyer's side commits.",
                example("Name a person (\"Dana Kim\") or a role (\"the CFO\"), e.g. ", level, stage,
                        "Name a person (\"Dana Kim\") or a role (\"the CFO\")."));
    }

    Finding noDate(Level level) {
        return Finding.of(Rule.NO_DATE, Target.of(level), "The " + level.id()
                        + " objective has no date: a commitment without a date tends to drift.",
                "Add a date or a dated event, e.g. \"by Friday\", \"on March 3\" or \"before the steering committee\".");
    }

    Finding tooFarAhead(Level level, CommitmentKind kind, int stage) {
        int earliest = fit.earliestIndex(kind);
        String reach = level == Level.STRETCH ? "a stretch objective may aim one stage ahead"
                : "a conservative objective should fit the current stage";
        return Finding.of(Rule.TOO_FAR_AHEAD, Target.of(level), "\"" + label(kind) + "\" usually comes at "
                        + fit.stageName(earliest) + " or later, and the prospect is at " + fit.stageName(stage)
                        + " (" + reach + "). Shooting for the sale too early can lose it.",
                example("Aim for what fits " + fit.stageName(stage) + ", e.g. ", level, stage,
                        "Aim for a commitment that fits " + fit.stageName(stage) + "."));
    }

    Finding aimsLow(CommitmentKind kind, int stage) {
        String own = fit.ownRungs(stage).stream().map(r -> "\"" + r.label() + "\"").collect(Collectors.joining(", "));
        return Finding.of(Rule.AIMS_LOW, Target.STRETCH, "The stretch objective aims for \"" + label(kind)
                        + "\", below what " + fit.stageName(stage) + " usually asks for (" + own + ").",
                example("Stretch further, e.g. ", Level.STRETCH, stage, "Aim for a bigger commitment."));
    }

    Finding notAbove(CommitmentKind stretch, CommitmentKind conservative, int stage) {
        String message = "The stretch objective (" + label(stretch) + ") is not a bigger commitment than the "
                + "conservative one (" + label(conservative) + "): the stretch should be the best realistic case.";
        LadderRung higher = null;
        for (LadderRung r : fit.fitting(Level.STRETCH, stage)) {
            if (r.rank() > ladder.rank(conservative) && !r.examples().isEmpty()) {
                higher = r;
                break;
            }
        }
        String suggestion = higher == null ? "Lower the conservative objective to a smaller commitment."
                : "Raise the stretch, e.g. \"" + higher.examples().get(0) + "\", or lower the conservative objective.";
        return Finding.of(Rule.STRETCH_NOT_ABOVE_CONSERVATIVE, Target.STRETCH, message, suggestion);
    }

    Finding closedStage(String stageName) {
        return Finding.of(Rule.CLOSED_STAGE, Target.PLAN, "The prospect is at " + stageName
                        + ", a closed stage: there is no sale left to advance.",
                "Reopen the prospect (move it back to an open stage) before planning a call.");
    }

    Finding outcomeMissing(String when) {
        return Finding.of(Rule.OUTCOME_MISSING, Target.PLAN, "The previous call" + when
                        + " has no recorded outcome: know where you stand before the next call.",
                "Record the outcome of the previous call: what the buyer committed to, and the stage now.");
    }

    private String label(CommitmentKind kind) {
        return kind == CommitmentKind.NONE ? "no commitment" : ladder.rung(kind).label();
    }

    /** A suggestion with an example from the ladder for the level at this stage, or the fallback. */
    private String example(String lead, Level level, int stage, String fallback) {
        LadderRung r = fit.suggested(level, stage);
        List<String> examples = r == null ? List.of() : r.examples();
        if (examples.isEmpty()) {
            return fallback;
        }
        String e = level == Level.STRETCH ? examples.get(0) : examples.get(examples.size() - 1);
        return lead + "\"" + e + "\".";
    }
}
