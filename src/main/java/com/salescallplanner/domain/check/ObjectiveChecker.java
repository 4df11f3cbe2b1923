package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a call's objectives against the prospect's stage and the commitment ladder, rule by rule
 * (see {@link Rule}). Stateless after construction and cheap enough to run on every keystroke.
 */
public final class ObjectiveChecker {
    private final StageModel stages;
    private final CommitmentLadder ladder;
    private final ObjectiveReader reader;
    private final StageFit fit;
    private final FindingTexts texts;

    private final WordTagger tagger;
    private final LearnedPhrasings learned;

    /** A checker reading with its own rules only, and no learned phrasings. */
    public ObjectiveChecker(StageModel stages, CommitmentLadder ladder) {
        this(stages, ladder, WordTagger.NONE, LearnedPhrasings.NONE);
    }

    /**
     * @param tagger  tells the reader the part of speech of words it does not know ({@link WordTagger#NONE}
     *                for none; a {@link DeferredTagger} to start before a model has loaded)
     * @param learned the rep's corrections, applied to the same phrasing
     */
    public ObjectiveChecker(StageModel stages, CommitmentLadder ladder, WordTagger tagger, LearnedPhrasings learned) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.learned = Objects.requireNonNull(learned, "learned");
        this.reader = new ObjectiveReader(ladder, tagger, learned);
        this.fit = new StageFit(stages, ladder);
        this.texts = new FindingTexts(ladder, fit);
    }

    /** A checker of the rep's data: its stages, ladder and learned phrasings. */
    public static ObjectiveChecker of(PlannerData data) {
        return new ObjectiveChecker(data.stages(), data.ladder(), WordTagger.NONE, LearnedPhrasings.of(data.learned()));
    }

    public static ObjectiveChecker of(PlannerData data, WordTagger tagger, LearnedPhrasings learned) {
        return new ObjectiveChecker(data.stages(), data.ladder(), tagger, learned);
    }

    /** This checker with other learned phrasings (the tagger, stages and ladder stay). */
    public ObjectiveChecker withLearned(LearnedPhrasings phrasings) {
        return new ObjectiveChecker(stages, ladder, tagger, phrasings);
    }

    public LearnedPhrasings learned() {
        return learned;
    }

    public ObjectiveReader reader() {
        return reader;
    }

    /**
     * Checks two objectives at a stage.
     *
     * @param previousOutcomeMissing the prospect's previous call has no recorded outcome
     * @param today                  the day relative dates ("next Tuesday") are resolved against
     * @throws com.salescallplanner.domain.DomainException when the stage is not in the stage model
     */
    public CheckResult check(StageId stageId, Objective stretch, Objective conservative,
                             boolean previousOutcomeMissing, LocalDate today) {
        Stage stage = stages.require(stageId);
        int index = stages.indexOf(stageId);
        ObjectiveReading s = read(stretch, today);
        ObjectiveReading c = read(conservative, today);
        List<Finding> findings = new ArrayList<>(6);
        if (stage.closed()) {
            findings.add(texts.closedStage(stage.name()));
        }
        objective(findings, stretch, s, index, stage.closed());
        objective(findings, conservative, c, index, stage.closed());
        if (!stretch.isBlank() && !conservative.isBlank() && (s.kind() != CommitmentKind.NONE || c.kind() != CommitmentKind.NONE)
                && ladder.rank(s.kind()) <= ladder.rank(c.kind())) {
            findings.add(texts.notAbove(s.kind(), c.kind(), index));
        }
        if (previousOutcomeMissing) {
            findings.add(texts.outcomeMissing(""));
        }
        return new CheckResult(stageId, List.of(s, c), findings);
    }

    /**
     * Checks a plan of the rep's data. The previous outcome is missing when an earlier call of the
     * prospect has ended without one; a planned call for a prospect that is closed now is an error too.
     */
    public CheckResult check(PlannerData data, CallPlan plan, ZonedDateTime now) {
        if (!data.stages().equals(stages) || !data.ladder().equals(ladder)) {
            return of(data, tagger, learned).check(data, plan, now);
        }
        boolean previousMissing = false;
        for (CallPlan c : data.callsOf(plan.prospectId())) {
            if (!c.id().equals(plan.id()) && c.start().isBefore(plan.start()) && !c.isReviewed()
                    && !c.end().isAfter(now)) {
                previousMissing = true;
                break;
            }
        }
        CheckResult r = check(plan.stageIdAtPlanning(), plan.stretch(), plan.conservative(), previousMissing,
                now.toLocalDate());
        Prospect p = data.prospect(plan.prospectId()).orElse(null);
        if (!plan.isReviewed() && p != null && stages.isClosed(p.stageId()) && !r.has(Rule.CLOSED_STAGE)) {
            List<Finding> findings = new ArrayList<>(r.findings());
            findings.add(0, texts.closedStage(stages.nameOf(p.stageId())));
            return new CheckResult(r.stageId(), r.readings(), findings);
        }
        return r;
    }

    /** One objective as the checker reads it: the rep's kind, owner and date win over the text's. */
    public ObjectiveReading read(Objective o, LocalDate today) {
        Reading r = reader.read(o.text(), today);
        boolean overridden = o.kindOverride() != null;
        CommitmentKind kind = overridden ? o.kindOverride() : r.kind();
        boolean advance = overridden ? kind != CommitmentKind.NONE : r.advance();
        String owner = !o.owner().isEmpty() ? o.owner() : r.owner();
        String phrase = o.due() != null || r.due() == null ? null : r.due().phrase();
        LocalDate date = o.due() != null ? o.due() : r.due() == null ? null : r.due().date();
        return new ObjectiveReading(o.level(), o.text(), kind, !overridden, advance, owner, phrase, date,
                r.understanding());
    }

    /** Example objectives whose kind fits a conservative objective at the stage, biggest commitment first. */
    public List<Example> examplesFor(StageId stageId) {
        return examplesFor(stageId, Level.CONSERVATIVE);
    }

    /** Example objectives whose kind fits the level at the stage (a stretch may reach one stage ahead). */
    public List<Example> examplesFor(StageId stageId, Level level) {
        if (stages.isClosed(stageId) || stages.indexOf(stageId) < 0) {
            return List.of();
        }
        List<Example> out = new ArrayList<>();
        for (LadderRung r : fit.fitting(level, stages.indexOf(stageId))) {
            r.examples().forEach(e -> out.add(new Example(r.kind(), r.label(), e)));
        }
        return out;
    }

    private void objective(List<Finding> out, Objective o, ObjectiveReading r, int stage, boolean closed) {
        Level level = o.level();
        if (o.isBlank()) {
            out.add(texts.missing(level, stage));
            return;
        }
        if (r.unsure()) {
            out.add(texts.unsure(level, r.understanding()));
        } else if (!r.advance()) {
            out.add(texts.notAnAdvance(level, stage));
        } else if (!r.hasOwner()) {
            out.add(texts.noOwner(level, stage));
        }
        if (!r.hasDue()) {
            out.add(texts.noDate(level));
        }
        if (closed || r.kind() == CommitmentKind.NONE) {
            return;
        }
        if (fit.tooFarAhead(r.kind(), level, stage)) {
            out.add(texts.tooFarAhead(level, r.kind(), stage));
        } else if (level == Level.STRETCH && !r.unsure() && isBelowStage(r.kind(), stage)) {
            out.add(texts.aimsLow(r.kind(), stage));
        }
    }

    private boolean isBelowStage(CommitmentKind kind, int stage) {
        List<LadderRung> own = fit.ownRungs(stage);
        return !own.isEmpty() && ladder.rank(kind) < own.get(0).rank();
    }
}
