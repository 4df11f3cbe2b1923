package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.ui.DateFields;
import com.salescallplanner.ui.DialogService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A due date the rep set that falls before the call itself is most likely a typo (the buyer
 * cannot commit in this call to something already past): the plan editor asks before saving,
 * as it does for a call dated in the past. A due date read from the text is the checker's to judge.
 */
final class DueDateQuestion {
    private DueDateQuestion() {
    }

    /** True when no set due date is before the call, or the rep chose to save anyway. */
    static boolean confirmed(DialogService dialogs, CallPlan plan) {
        List<String> early = new ArrayList<>();
        for (Level level : Level.values()) {
            Objective o = plan.objective(level);
            LocalDate due = o == null ? null : o.due();
            if (due != null && due.isBefore(plan.date())) {
                early.add("the " + level.name().toLowerCase(Locale.ROOT) + " objective is due "
                        + DateFields.converter().toString(due));
            }
        }
        if (early.isEmpty()) {
            return true;
        }
        String what = String.join(" and ", early);
        return dialogs.confirm("Due before the call", Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + ", before the call itself (" + DateFields.converter().toString(plan.date()) + "). Save anyway?",
                "Save anyway");
    }
}
