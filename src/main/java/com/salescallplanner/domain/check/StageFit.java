package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.StageModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which kinds fit which stage, computed once from the user's stage model and ladder: a conservative
 * objective fits when its kind's earliest stage is the current stage or before; a stretch may reach one
 * stage further. A stage's "own" kinds are those whose earliest stage is the latest one at or before it.
 */
final class StageFit {
    private final StageModel stages;
    private final CommitmentLadder ladder;
    private final Map<CommitmentKind, Integer> earliest = new EnumMap<>(CommitmentKind.class);

    StageFit(StageModel stages, CommitmentLadder ladder) {
        this.stages = stages;
        this.ladder = ladder;
        for (LadderRung r : ladder.rungs()) {
            earliest.put(r.kind(), stages.indexOf(r.earliestStageId()));
        }
    }

    /** Index of the kind's earliest stage; -1 for NONE or a stage the model lacks. */
    int earliestIndex(CommitmentKind kind) {
        return earliest.getOrDefault(kind, -1);
    }

    /** The kind's earliest stage is past what the level may reach from stage {@code stageIndex}. */
    boolean tooFarAhead(CommitmentKind kind, Level level, int stageIndex) {
        int e = earliestIndex(kind);
        return e >= 0 && e > reach(level, stageIndex);
    }

    /** The last stage index an objective of this level may aim for. */
    static int reach(Level level, int stageIndex) {
        return level == Level.STRETCH ? stageIndex + 1 : stageIndex;
    }

    /** The stage's own kinds, lowest rank first: those whose earliest stage is the latest one at or before it. */
    List<LadderRung> ownRungs(int stageIndex) {
        int best = -1;
        for (int e : earliest.values()) {
            if (e <= stageIndex && e > best) {
                best = e;
            }
        }
        List<LadderRung> out = new ArrayList<>(3);
        for (LadderRung r : ladder.rungs()) {
            if (best >= 0 && earliestIndex(r.kind()) == best) {
                out.add(r);
            }
        }
        return out;
    }

    /** Rungs a level may aim for at this stage, highest rank first. */
    List<LadderRung> fitting(Level level, int stageIndex) {
        List<LadderRung> out = new ArrayList<>();
        for (LadderRung r : ladder.rungs()) {
            int e = earliestIndex(r.kind());
            if (e >= 0 && e <= reach(level, stageIndex)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(LadderRung::rank).reversed());
        return out;
    }

    /** The rung to suggest for a level: the biggest a stretch may reach, the stage's smallest own kind for a conservative. */
    LadderRung suggested(Level level, int stageIndex) {
        if (level == Level.STRETCH) {
            List<LadderRung> f = fitting(level, stageIndex);
            return f.isEmpty() ? null : f.get(0);
        }
        List<LadderRung> own = ownRungs(stageIndex);
        return own.isEmpty() ? null : own.get(0);
    }

    String stageName(int index) {
        return index >= 0 && index < stages.stages().size() ? stages.stages().get(index).name() : "?";
    }
}
