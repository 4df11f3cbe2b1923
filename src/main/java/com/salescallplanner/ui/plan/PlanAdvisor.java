package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.check.CheckResult;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs the objective checker for the plan editor and the review; fast enough to run on every
 * keystroke. The answer is the checker's own {@link CheckResult}: how each objective reads and
 * what was found. An interface so a test can script the readings.
 */
public interface PlanAdvisor {
    CheckResult advise(StageId stageId, Objective stretch, Objective conservative, boolean previousOutcomeMissing,
                      LocalDate today);

    /** Example objectives that fit the stage, to pick from. */
    List<String> examplesFor(StageId stageId);
}
