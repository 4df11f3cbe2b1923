package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every prospect placed in its stage's column, open stages first in process order, then the
 * closed ones. Within a column the prospect longest in the stage comes first.
 */
public record Pipeline(LocalDate today, List<PipelineColumn> columns) {
    private static final Comparator<PipelineCard> LONGEST_IN_STAGE_FIRST =
            Comparator.comparingLong(PipelineCard::daysInStage).reversed()
                    .thenComparing(c -> c.prospect().company(), String.CASE_INSENSITIVE_ORDER);

    public Pipeline {
        columns = List.copyOf(columns);
    }

    /** One pass over the prospects; each prospect's calls come from the data's index. */
    public static Pipeline of(PlannerData data, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        Map<StageId, List<PipelineCard>> byStage = new HashMap<>();
        for (Prospect p : data.prospects()) {
            byStage.computeIfAbsent(p.stageId(), k -> new ArrayList<>()).add(card(data, p, now));
        }
        List<Stage> ordered = new ArrayList<>(data.stages().openStages());
        data.stages().stages().stream().filter(Stage::closed).forEach(ordered::add);
        List<PipelineColumn> columns = new ArrayList<>();
        for (Stage s : ordered) {
            List<PipelineCard> cards = byStage.getOrDefault(s.id(), new ArrayList<>());
            cards.sort(LONGEST_IN_STAGE_FIRST);
            BigDecimal sum = BigDecimal.ZERO;
            int withoutAmount = 0;
            for (PipelineCard c : cards) {
                BigDecimal a = c.prospect().amount();
                if (a == null) {
                    withoutAmount++;
                } else {
                    sum = sum.add(a);
                }
            }
            columns.add(new PipelineColumn(s, cards, sum, withoutAmount));
        }
        return new Pipeline(today, columns);
    }

    /** The open stages' columns: open prospects by stage. */
    public List<PipelineColumn> openColumns() {
        return columns.stream().filter(c -> !c.stage().closed()).toList();
    }

    /** Stranded prospects, the longest idle first (see {@link PipelineCard#idleDays}). */
    public List<StrandedProspect> stranded() {
        List<StrandedProspect> result = new ArrayList<>();
        List<PipelineCard> cards = new ArrayList<>();
        for (PipelineColumn col : openColumns()) {
            col.cards().stream().filter(PipelineCard::stranded).forEach(cards::add);
        }
        cards.sort(Comparator.comparingLong((PipelineCard c) -> c.idleDays(today)).reversed()
                .thenComparing(c -> c.prospect().company(), String.CASE_INSENSITIVE_ORDER));
        Map<StageId, Stage> stages = new HashMap<>();
        columns.forEach(c -> stages.put(c.stage().id(), c.stage()));
        for (PipelineCard c : cards) {
            result.add(new StrandedProspect(c.prospect(), stages.get(c.prospect().stageId()), c.strandedReasons(),
                    c.daysSinceLastCall(today), c.daysInStage(), c.strandedWhy()));
        }
        return List.copyOf(result);
    }

    /** The column of the stage, if the stage model has it. */
    public Optional<PipelineColumn> column(StageId stageId) {
        return columns.stream().filter(c -> c.stage().id().equals(stageId)).findFirst();
    }

    static PipelineCard card(PlannerData data, Prospect p, ZonedDateTime now) {
        ProspectHealth health = ProspectHealth.of(data, p, now);
        LocalDate today = now.toLocalDate();
        return new PipelineCard(p, p.daysInStage(today), health.nextCall().map(CallPlan::date),
                health.nextStepDate(), health.lastContact(), StrandedReason.of(health), health.outcomeMissing(),
                health.strandedWhy(today));
    }
}
