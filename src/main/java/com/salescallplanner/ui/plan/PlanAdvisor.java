package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.Objective;

import java.time.LocalDate;
import java.util.List;

/** Runs the objective checker for the plan editor; fast enough to run on every keystroke. */
public interface PlanAdvisor {
    PlanAdvice advise(String stageId, Objective stretch, Objective conservative, boolean previousOutcomeMissing,
                      LocalDate today);

    /** Example objectives that fit the stage, to pick from. */
    List<String> examplesFor(String stageId);
}
