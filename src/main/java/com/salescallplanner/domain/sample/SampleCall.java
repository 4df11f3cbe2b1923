package com.salescallplanner.domain.sample;

import static com.salescallplanner.domain.sample.SampleText.pick;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.UpfrontContract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** One sample call: objectives that fit the stage, an up-front contract, and for reviewed calls the outcome. */
final class SampleCall {
    /** Commitment kinds whose earliest stage is each open stage of the default model. */
    private static final List<List<CommitmentKind>> KINDS_BY_STAGE = List.of(
            List.of(CommitmentKind.NEXT_MEETING),
            List.of(CommitmentKind.SHARE_INFORMATION, CommitmentKind.INTRODUCE_STAKEHOLDER,
                    CommitmentKind.AGREE_CRITERIA),
            List.of(CommitmentKind.EVALUATE, CommitmentKind.MUTUAL_PLAN),
            List.of(CommitmentKind.PROPOSAL_REVIEW, CommitmentKind.START_PROCUREMENT),
            List.of(CommitmentKind.AGREE_TERMS, CommitmentKind.SIGN));
    private static final List<Duration> LENGTHS = List.of(Duration.ofMinutes(30), Duration.ofMinutes(45),
            Duration.ofMinutes(60));

    private final Random rnd;
    private final ZonedDateTime now;
    private final String idPrefix;

    SampleCall(Random rnd, ZonedDateTime now, String idPrefix) {
        this.rnd = rnd;
        this.now = now;
        this.idPrefix = idPrefix;
    }

    CallPlan reviewed(ProspectId prospect, List<Contact> contacts, StageId stageId, int stage, OutcomeType type,
                      StageId stageAfterId, LocalDate day) {
        ZonedDateTime start = businessHours(day);
        CallPlan plan = plan(prospect, contacts, stageId, stage, start);
        boolean stretchMet = type == OutcomeType.ORDER || type == OutcomeType.ADVANCE && rnd.nextDouble() < 0.4;
        // Some advances are a commitment the rep did not plan for: neither objective met, the call
        // still moved the sale (so the advance rate is not just the conservative hit rate).
        boolean unplanned = type == OutcomeType.ADVANCE && !stretchMet && rnd.nextDouble() < 0.2;
        boolean conservativeMet = type == OutcomeType.ORDER || type == OutcomeType.ADVANCE && !unplanned;
        String notes = pick(rnd, SampleText.CALL_NOTES);
        LocalDate nextDate = day.plusDays(5 + rnd.nextInt(14));
        NextStep next = switch (type) {
            case ADVANCE -> new NextStep(nextStepText(stage), nextDate);
            case CONTINUATION -> rnd.nextBoolean() ? null : new NextStep("Send more information", nextDate);
            case ORDER -> new NextStep("Kick-off meeting with the project team", nextDate);
            case NO_SALE -> null;
        };
        String review = switch (type) {
            case ADVANCE -> unplanned ? "They committed to a different step than we planned: we take it."
                    : "They committed: " + (stretchMet ? "stretch" : "conservative") + " objective met.";
            case CONTINUATION -> "Friendly, but no commitment. \"Let's talk again next month.\"";
            case ORDER -> "Signed. Hand over to onboarding.";
            case NO_SALE -> "They chose " + pick(rnd, List.of("the incumbent", "a competitor", "to do nothing"))
                    + " this year.";
        };
        return plan.withProgress(new CallProgress(stretchMet, conservativeMet, notes, start.toInstant()))
                .withOutcome(new CallOutcome(type, stretchMet, conservativeMet, review, stageAfterId, next, day));
    }

    CallPlan upcoming(ProspectId prospect, List<Contact> contacts, StageId stageId, int stage) {
        return plan(prospect, contacts, stageId, stage, businessHours(weekdayOnOrAfter(now.toLocalDate().plusDays(1 + rnd.nextInt(21)))));
    }

    private CallPlan plan(ProspectId prospect, List<Contact> contacts, StageId stageId, int stage,
                          ZonedDateTime start) {
        Contact owner = contacts.get(rnd.nextInt(contacts.size()));
        LocalDate due = start.toLocalDate().plusDays(3 + rnd.nextInt(12));
        // In Prospecting the only rung of the stage is the meeting itself, which is the conservative
        // objective there: the stretch reaches one rung further, into Discovery.
        int reach = Math.max(1, Math.min(stage + rnd.nextInt(2), 4));
        CommitmentKind stretchKind = pick(rnd, KINDS_BY_STAGE.get(reach));
        CommitmentKind safeKind = conservativeBelow(stretchKind, stage);
        Objective stretch = new Objective(Level.STRETCH, SampleText.objective(rnd, stretchKind, owner.name(), due),
                rnd.nextInt(10) == 0 ? stretchKind : null, owner.name(), due);
        Objective conservative = new Objective(Level.CONSERVATIVE,
                SampleText.objective(rnd, safeKind, owner.name(), due), null, "", null);
        List<String> attendees = new ArrayList<>();
        for (Contact c : contacts) {
            if (attendees.isEmpty() || rnd.nextBoolean()) {
                attendees.add(c.name());
            }
        }
        Duration length = pick(rnd, LENGTHS);
        UpfrontContract contract = new UpfrontContract(SampleText.PURPOSES.get(stage),
                "Their questions on cost and timing", "Our questions on the decision process",
                length.toMinutes() + " minutes", "A clear next step with a date, or a clear no");
        List<String> questions = new ArrayList<>(SampleText.QUESTIONS.get(stage).subList(0, 2 + rnd.nextInt(2)));
        return new CallPlan(new CallId(idPrefix + new UUID(rnd.nextLong(), rnd.nextLong())), prospect, start, length,
                attendees, stageId, contract, stretch, conservative, questions, CallProgress.NOT_STARTED, null);
    }

    /** A smaller commitment than the stretch: from the same stage or the one before. */
    private CommitmentKind conservativeBelow(CommitmentKind stretch, int stage) {
        List<CommitmentKind> options = new ArrayList<>();
        for (int s = Math.max(0, stage - 1); s <= stage; s++) {
            for (CommitmentKind k : KINDS_BY_STAGE.get(s)) {
                if (k.ordinal() < stretch.ordinal()) {
                    options.add(k);
                }
            }
        }
        return options.isEmpty() ? CommitmentKind.NEXT_MEETING : pick(rnd, options);
    }

    private static String nextStepText(int stage) {
        return List.of("Discovery call with the buying group", "Tailored demo for the decision makers",
                "Pilot kick-off with the integration team", "Proposal review with the economic buyer",
                "Contract review with legal").get(stage);
    }

    /** Between 9:00 and 16:30 in the rep's zone. */
    private ZonedDateTime businessHours(LocalDate day) {
        LocalTime t = LocalTime.of(9 + rnd.nextInt(8), rnd.nextBoolean() ? 0 : 30);
        return ZonedDateTime.of(day, t, now.getZone());
    }

    /** Reps do not call on weekends: the Friday before a Saturday or Sunday. */
    static LocalDate weekdayOnOrBefore(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
