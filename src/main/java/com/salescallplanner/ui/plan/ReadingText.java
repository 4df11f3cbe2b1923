package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.check.ObjectiveReading;
import com.salescallplanner.domain.check.Understanding;

/** The reader's understanding of an objective as the plan editor says it, so the rep can see what to correct. */
final class ReadingText {
    private ReadingText() {
    }

    static String of(ObjectiveReading r, String text) {
        if (text == null || text.isBlank() || r == null || !text.equals(r.text())) {
            return "";
        }
        Understanding u = r.understanding();
        StringBuilder sb = new StringBuilder(u.describe());
        if (u.learned()) {
            sb.append(" Learned from your correction of this phrasing.");
        }
        if (!u.sure()) {
            sb.append(" Not sure: ").append(u.doubt()).append(". Correct me with the kind, the owner or "
                    + "\"buyer commitment?\" below.");
        }
        return sb.toString();
    }
}
