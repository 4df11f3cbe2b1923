package com.salescallplanner.ui;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.ui.model.Workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A fixed "now" and small data sets for view-model tests. */
public final class TestData {
    public static final ZonedDateTime NOW = ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private TestData() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW.toInstant(), NOW.getZone());
    }

    public static Workspace workspace(PlannerData data) {
        return new Workspace(data, clock());
    }

    public static Prospect prospect(String company, StageId stageId, Contact... contacts) {
        return Prospect.create(company, company + " deal", stageId, NOW.toLocalDate().minusDays(10))
                .withContacts(List.of(contacts));
    }

    /** A planned call starting at {@code start}, lasting 30 minutes, with both objectives written. */
    public static CallPlan call(Prospect p, ZonedDateTime start, String stretch, String conservative) {
        return CallPlan.draft(p.id(), start, Duration.ofMinutes(30), p.stageId())
                .withObjective(Objective.of(Level.STRETCH, stretch))
                .withObjective(Objective.of(Level.CONSERVATIVE, conservative));
    }
}
