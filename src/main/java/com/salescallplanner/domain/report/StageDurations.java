package com.salescallplanner.domain.report;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Days spent in each open stage, read from the prospects' stage histories. A stay lasts from
 * the day the prospect entered the stage to the day it entered the next one; the current stay
 * lasts until today. Closed stages are the end of the road and are not measured.
 */
public final class StageDurations {
    private StageDurations() {
    }

    /** One entry per open stage, in process order; one pass over the prospects. */
    public static List<StageDuration> of(PlannerData data, LocalDate today) {
        List<Stage> stages = data.stages().stages();
        Map<StageId, Integer> index = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            index.put(stages.get(i).id(), i);
        }
        IntBag[] bags = new IntBag[stages.size()];
        int[] stillIn = new int[stages.size()];
        for (int i = 0; i < bags.length; i++) {
            bags[i] = new IntBag();
        }
        long[] daysOfProspect = new long[stages.size()];
        boolean[] visited = new boolean[stages.size()];
        for (Prospect p : data.prospects()) {
            Arrays.fill(daysOfProspect, 0);
            Arrays.fill(visited, false);
            List<StageChange> history = p.stageHistory();
            for (int h = 0; h < history.size(); h++) {
                int s = index.get(history.get(h).stageId());
                if (stages.get(s).closed()) {
                    continue;
                }
                boolean current = h == history.size() - 1;
                LocalDate left = current ? today : history.get(h + 1).date();
                daysOfProspect[s] += Math.max(0, ChronoUnit.DAYS.between(history.get(h).date(), left));
                visited[s] = true;
                if (current) {
                    stillIn[s]++;
                }
            }
            for (int s = 0; s < visited.length; s++) {
                if (visited[s]) {
                    bags[s].add((int) Math.min(Integer.MAX_VALUE, daysOfProspect[s]));
                }
            }
        }
        List<StageDuration> result = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            if (!stages.get(s).closed()) {
                result.add(new StageDuration(stages.get(s), bags[s].size(), stillIn[s], bags[s].average(),
                        bags[s].median()));
            }
        }
        return List.copyOf(result);
    }
}
