package com.salescallplanner.domain;

import java.util.List;

/**
 * The rep's edits of the sales process: the stage model and the commitment ladder. Each edit
 * returns new data that still holds together (every stage reference resolves, every rung starts
 * at an open stage), so it always saves and loads back; or it refuses with a message naming the
 * stage or rung. An edit that changes nothing returns the same data.
 */
public final class SalesProcess {
    private SalesProcess() {
    }

    public static PlannerData renameStage(PlannerData d, StageId stageId, String name, String description) {
        Stage s = d.stages().require(stageId);
        String n = name == null ? "" : name.strip();
        String text = description == null ? "" : description.strip();
        if (s.name().equals(n) && s.description().equals(text)) {
            return d;
        }
        return d.withStages(d.stages().withRenamed(stageId, n, text));
    }

    /** Adds an open stage at {@code position} among the open stages (0 = first). */
    public static PlannerData addStage(PlannerData d, String name, String description, int position) {
        String text = description == null ? "" : description.strip();
        return d.withStages(d.stages().withOpenStage(name, text, position));
    }

    /** Moves an open stage one place earlier ({@code -1}) or later ({@code +1}). */
    public static PlannerData moveStage(PlannerData d, StageId stageId, int step) {
        return d.withStages(d.stages().withMoved(stageId, step));
    }

    /**
     * Removes an open stage that nothing refers to ({@link StageUsage#removalRefusal}). Rungs of
     * the ladder that started there start at {@link #heirOf the neighbouring stage} instead.
     */
    public static PlannerData removeStage(PlannerData d, StageId stageId) {
        StageUsage usage = StageUsage.of(d, stageId);
        usage.removalRefusal(d.stages()).ifPresent(why -> {
            throw new DomainException("Cannot remove " + usage.stage().name() + ": " + why);
        });
        StageId heir = heirOf(d.stages(), stageId).id();
        CommitmentLadder ladder = d.ladder();
        for (LadderRung r : ladder.rungs()) {
            if (r.earliestStageId().equals(stageId)) {
                ladder = ladder.with(r.withEarliestStage(heir));
            }
        }
        return PlannerData.of(d.stages().without(stageId), ladder, d.prospects(), d.calls());
    }

    /** Where the rungs of a removed open stage go: the next open stage, or the one before the last. */
    public static Stage heirOf(StageModel model, StageId stageId) {
        List<Stage> open = model.openStages();
        int i = open.indexOf(model.require(stageId));
        if (i < 0 || open.size() < 2) {
            throw new DomainException(model.nameOf(stageId) + " has no open stage beside it.");
        }
        return open.get(i + 1 < open.size() ? i + 1 : i - 1);
    }

    public static PlannerData renameRung(PlannerData d, CommitmentKind kind, String label) {
        LadderRung r = d.ladder().rung(kind);
        String l = FieldRules.name(label, "The label of " + r.label());
        requireFreeLabel(d.ladder(), kind, l);
        return r.label().equals(l) ? d : d.withLadder(d.ladder().with(r.withLabel(l)));
    }

    /** Sets the earliest stage at which asking for this commitment fits: an open stage of the model. */
    public static PlannerData setEarliestStage(PlannerData d, CommitmentKind kind, StageId stageId) {
        LadderRung r = d.ladder().rung(kind);
        Stage s = d.stages().find(stageId).orElseThrow(() -> new DomainException(
                "The earliest stage of " + r.label() + " must be a stage of the sales process."));
        if (s.closed()) {
            throw new DomainException("The earliest stage of " + r.label() + " must be an open stage, not "
                    + s.name() + ".");
        }
        return r.earliestStageId().equals(stageId) ? d : d.withLadder(d.ladder().with(r.withEarliestStage(stageId)));
    }

    /** Replaces the rung's example objectives; blank entries are dropped. */
    public static PlannerData setExamples(PlannerData d, CommitmentKind kind, List<String> examples) {
        LadderRung r = d.ladder().rung(kind);
        for (String e : examples) {
            if (e.strip().length() > FieldRules.MAX_NAME) {
                throw new DomainException("An example of " + r.label() + " is too long: " + e.strip().length()
                        + " characters, at most " + FieldRules.MAX_NAME + " allowed.");
            }
        }
        LadderRung changed = r.withExamples(examples);
        return changed.equals(r) ? d : d.withLadder(d.ladder().with(changed));
    }

    private static void requireFreeLabel(CommitmentLadder ladder, CommitmentKind kind, String label) {
        for (LadderRung other : ladder.rungs()) {
            if (other.kind() != kind && other.label().equalsIgnoreCase(label)) {
                throw new DomainException("Another rung is already labelled " + other.label() + ".");
            }
        }
    }
}
