package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible random data of any size for benchmarks and demo windows: prospects that moved
 * through the stages over the last two years, and calls spread over their lives (past calls
 * reviewed, a few planned ahead).
 */
public final class SyntheticData {
    private static final String[] NAMES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay",
        "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Gringotts", "Oscorp", "Monarch", "Nakatomi"};
    private static final String[] KINDS = {"Logistics", "Foods", "Bank", "Health", "Energy", "Media", "Retail"};
    private static final OutcomeType[] OUTCOMES = {OutcomeType.ADVANCE, OutcomeType.ADVANCE, OutcomeType.ADVANCE,
        OutcomeType.CONTINUATION, OutcomeType.CONTINUATION, OutcomeType.ORDER, OutcomeType.NO_SALE};

    private SyntheticData() {
    }

    public static PlannerData generate(int prospectCount, int callCount, long seed, ZonedDateTime now) {
        Random rnd = new Random(seed);
        StageModel model = StageModel.defaults();
        List<Stage> open = model.openStages();
        List<Prospect> prospects = new ArrayList<>();
        List<CallPlan> calls = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        for (int i = 0; i < prospectCount; i++) {
            Prospect p = prospect(i, rnd, open, model, today);
            prospects.add(p);
            int n = callCount / prospectCount + (i < callCount % prospectCount ? 1 : 0);
            addCalls(calls, p, n, rnd, now);
        }
        return PlannerData.of(model, CommitmentLadder.defaults(), prospects, calls);
    }

    private static Prospect prospect(int i, Random rnd, List<Stage> open, StageModel model, LocalDate today) {
        String company = NAMES[i % NAMES.length] + " " + KINDS[(i / NAMES.length) % KINDS.length]
                + (i >= NAMES.length * KINDS.length ? " " + (i / (NAMES.length * KINDS.length) + 1) : "");
        // Stays of 3 to 45 days per stage, the last change up to 60 days (open) or 400 days (closed) ago.
        int reached = rnd.nextInt(open.size());
        int fate = rnd.nextInt(10);
        boolean closed = fate < 3;
        int[] stays = new int[reached + 1];
        int total = closed ? rnd.nextInt(400) : rnd.nextInt(60);
        for (int s = 0; s < (closed ? reached + 1 : reached); s++) { // the current open stage has no end yet
            stays[s] = 3 + rnd.nextInt(43);
            total += stays[s];
        }
        LocalDate day = today.minusDays(total);
        List<StageChange> history = new ArrayList<>();
        for (int s = 0; s <= reached; s++) {
            history.add(new StageChange(open.get(s).id(), day));
            day = day.plusDays(stays[s]);
        }
        if (closed) {
            StageId closedStage = fate == 0 ? StageModel.CLOSED_WON : StageModel.CLOSED_LOST;
            history.add(new StageChange(model.require(closedStage).id(), day));
        }
        StageId stage = history.get(history.size() - 1).stageId();
        BigDecimal amount = rnd.nextInt(5) == 0 ? null : BigDecimal.valueOf(1000L * (5 + rnd.nextInt(200)));
        return new Prospect(new ProspectId("p" + i), company, "Deal " + (i + 1), List.of(), stage, history,
                Qualification.EMPTY, "", amount, "");
    }

    private static void addCalls(List<CallPlan> calls, Prospect p, int n, Random rnd, ZonedDateTime now) {
        LocalDate first = p.stageHistory().get(0).date();
        long lifeDays = Math.max(1, ChronoUnit.DAYS.between(first, now.toLocalDate()));
        boolean open = !p.stageId().value().startsWith("closed");
        for (int k = 0; k < n; k++) {
            boolean ahead = open && k == n - 1 && rnd.nextInt(3) > 0;
            ZonedDateTime start = ahead
                    ? now.plusDays(rnd.nextInt(9)).withHour(8 + rnd.nextInt(9)).withMinute(rnd.nextInt(4) * 15)
                    : first.plusDays(rnd.nextLong(lifeDays)).atTime(8 + rnd.nextInt(9), 0).atZone(now.getZone());
            StageId stage = stageAt(p, start.toLocalDate());
            CallPlan c = Fixtures.planned("c" + p.id().value() + "-" + k, p, start, Duration.ofMinutes(45), stage);
            if (!ahead && start.plusHours(1).isBefore(now) && rnd.nextInt(20) > 0) {
                OutcomeType type = OUTCOMES[rnd.nextInt(OUTCOMES.length)];
                boolean stretch = type.isAdvance() && rnd.nextBoolean();
                NextStep next = rnd.nextBoolean()
                        ? new NextStep("Next meeting", start.toLocalDate().plusDays(7 + rnd.nextInt(30))) : null;
                c = c.withOutcome(new CallOutcome(type, stretch, stretch || (type.isAdvance() && rnd.nextInt(5) > 0), "", stage, next,
                        start.toLocalDate()));
            }
            calls.add(c);
        }
    }

    /** The open stage the prospect was in on {@code day}: the stage of the last change on or before it. */
    private static StageId stageAt(Prospect p, LocalDate day) {
        StageId stage = p.stageHistory().get(0).stageId();
        for (StageChange c : p.stageHistory()) {
            if (!c.date().isAfter(day) && !c.stageId().value().startsWith("closed")) {
                stage = c.stageId();
            }
        }
        return stage;
    }
}
