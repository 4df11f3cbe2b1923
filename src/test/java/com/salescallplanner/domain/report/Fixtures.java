package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.UpfrontContract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Hand-built data for report and view tests: a fixed "now" and short builders. */
public final class Fixtures {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Wednesday 12 March 2025, 10:00 in Berlin. */
    public static final ZonedDateTime NOW = ZonedDateTime.of(2025, 3, 12, 10, 0, 0, 0, ZONE);
    public static final LocalDate TODAY = NOW.toLocalDate();

    private Fixtures() {
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** 10:00 in Berlin on the day, or the given time "yyyy-mm-ddThh:mm". */
    public static ZonedDateTime at(String iso) {
        return iso.contains("T") ? java.time.LocalDateTime.parse(iso).atZone(ZONE)
                : LocalDate.parse(iso).atTime(10, 0).atZone(ZONE);
    }

    /**
     * A prospect whose history alternates stage id and ISO date, oldest first, e.g.
     * {@code prospect("acme", "Acme", 1000, PROSPECTING, "2025-01-01", DISCOVERY, "2025-01-11")}.
     */
    public static Prospect prospect(String id, String company, Integer amount, Object... history) {
        List<StageChange> changes = new ArrayList<>();
        for (int i = 0; i < history.length; i += 2) {
            changes.add(new StageChange((StageId) history[i], date((String) history[i + 1])));
        }
        return new Prospect(new ProspectId(id), company, company + " deal", List.of(),
                changes.get(changes.size() - 1).stageId(), changes, Qualification.EMPTY, "",
                amount == null ? null : BigDecimal.valueOf(amount), "");
    }

    /** A planned (not reviewed) one-hour call with short objectives. */
    public static CallPlan planned(String id, Prospect p, ZonedDateTime start, StageId stageId) {
        return new CallPlan(new CallId(id), p.id(), start, Duration.ofHours(1), List.of(), stageId,
                UpfrontContract.EMPTY, Objective.of(Level.STRETCH, "The CFO joins a workshop by Friday"),
                Objective.of(Level.CONSERVATIVE, "Anna shares the volume figures by Monday"), List.of(),
                CallProgress.NOT_STARTED, null);
    }

    public static CallPlan planned(String id, Prospect p, ZonedDateTime start, Duration length, StageId stageId) {
        return planned(id, p, start, stageId).withSchedule(start, length);
    }

    /** A reviewed call without an agreed next step. */
    public static CallPlan reviewed(String id, Prospect p, ZonedDateTime start, StageId stageId, OutcomeType type,
                                    boolean stretchMet, boolean conservativeMet) {
        return reviewed(id, p, start, stageId, type, stretchMet, conservativeMet, null);
    }

    public static CallPlan reviewed(String id, Prospect p, ZonedDateTime start, StageId stageId, OutcomeType type,
                                    boolean stretchMet, boolean conservativeMet, LocalDate nextStepDate) {
        NextStep next = nextStepDate == null ? null : new NextStep("Follow-up meeting", nextStepDate);
        return planned(id, p, start, stageId).withOutcome(new CallOutcome(type, stretchMet, conservativeMet, "",
                stageId, next, start.toLocalDate()));
    }

    public static PlannerData data(List<Prospect> prospects, List<CallPlan> calls) {
        return PlannerData.of(StageModel.defaults(), CommitmentLadder.defaults(), prospects, calls);
    }
}
