package com.salescallplanner.domain;

import java.util.List;
import java.util.Optional;

/**
 * What refers to one stage: prospects in it now, prospects that passed through it, calls
 * planned at it or reviewed into it, and the ladder rungs that start there. It says whether the
 * stage may be removed and, when not, why, in words a rep understands.
 *
 * @param prospectsInStage  prospects whose current stage it is
 * @param prospectsInHistory other prospects whose stage history names it
 * @param calls             calls planned at the stage or whose outcome moved the prospect to it
 * @param rungs             the labels of the ladder rungs whose earliest stage it is
 */
public record StageUsage(Stage stage, int prospectsInStage, int prospectsInHistory, int calls, List<String> rungs) {

    public StageUsage {
        rungs = List.copyOf(rungs);
    }

    public static StageUsage of(PlannerData data, StageId stageId) {
        Stage stage = data.stages().require(stageId);
        int current = 0;
        int history = 0;
        for (Prospect p : data.prospects()) {
            if (p.stageId().equals(stageId)) {
                current++;
            } else if (p.stageHistory().stream().anyMatch(h -> h.stageId().equals(stageId))) {
                history++;
            }
        }
        int calls = 0;
        for (CallPlan c : data.calls()) {
            boolean after = c.outcome() != null && c.outcome().stageAfterId().equals(stageId);
            if (c.stageIdAtPlanning().equals(stageId) || after) {
                calls++;
            }
        }
        List<String> rungs = data.ladder().rungs().stream().filter(r -> r.earliestStageId().equals(stageId))
                .map(LadderRung::label).toList();
        return new StageUsage(stage, current, history, calls, rungs);
    }

    /**
     * Why the stage cannot be removed, or empty when it can. A stage that any prospect or call
     * still refers to stays: removing it would rewrite where those deals were. Renaming it is
     * always possible. Rungs starting at the stage do not block: they move to a neighbour.
     */
    public Optional<String> removalRefusal(StageModel model) {
        String name = stage.name();
        if (stage.closed()) {
            return Optional.of(name + " is a closed stage: it can be renamed but not removed.");
        }
        if (model.openStages().size() == 1) {
            return Optional.of(name + " is the only open stage: the sales process needs at least one.");
        }
        if (prospectsInStage > 0) {
            return Optional.of(count(prospectsInStage, "prospect is", "prospects are") + " in " + name
                    + ": move " + (prospectsInStage == 1 ? "it" : "them") + " to another stage first.");
        }
        if (prospectsInHistory > 0 || calls > 0) {
            return Optional.of(name + " is part of the history of " + historyText()
                    + ": removing it would lose where those deals were. Rename it instead.");
        }
        return Optional.empty();
    }

    private String historyText() {
        if (prospectsInHistory == 0) {
            return count(calls, "call", "calls");
        }
        String people = count(prospectsInHistory, "prospect", "prospects");
        return calls == 0 ? people : people + " and " + count(calls, "call", "calls");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
