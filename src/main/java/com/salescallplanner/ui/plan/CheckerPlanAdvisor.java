package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.Example;
import com.salescallplanner.domain.check.LearnedPhrasings;
import com.salescallplanner.domain.check.ObjectiveChecker;
import com.salescallplanner.domain.check.WordTagger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The plan editor's view of {@link ObjectiveChecker}: it reads each objective's text (kind,
 * owner, date) and applies every rule. A checker is kept while the stages, ladder and
 * learned phrasings stay the same.
 */
public final class CheckerPlanAdvisor implements PlanAdvisor {
    private final Supplier<PlannerData> data;
    private final WordTagger tagger;
    private PlannerData checkedWith;
    private ObjectiveChecker checker;

    /** An advisor whose reader uses its own rules only. */
    public CheckerPlanAdvisor(Supplier<PlannerData> data) {
        this(data, WordTagger.NONE);
    }

    /** @param tagger the reader's part-of-speech tagger, e.g. a DeferredTagger that a model fills in later */
    public CheckerPlanAdvisor(Supplier<PlannerData> data, WordTagger tagger) {
        this.data = data;
        this.tagger = tagger;
    }

    private ObjectiveChecker checker() {
        PlannerData d = data.get();
        if (checker == null || checkedWith.stages() != d.stages() || checkedWith.ladder() != d.ladder()
                || checkedWith.learned() != d.learned()) {
            checker = new ObjectiveChecker(d.stages(), d.ladder(), tagger, LearnedPhrasings.of(d.learned()));
            checkedWith = d;
        }
        return checker;
    }

    @Override
    public CheckResult advise(StageId stageId, Objective stretch, Objective conservative,
                              boolean previousOutcomeMissing, LocalDate today) {
        return checker().check(stageId, stretch, conservative, previousOutcomeMissing, today);
    }

    @Override
    public List<String> examplesFor(StageId stageId) {
        return checker().examplesFor(stageId).stream().map(Example::text).toList();
    }
}
