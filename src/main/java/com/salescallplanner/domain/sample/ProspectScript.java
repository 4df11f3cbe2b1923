package com.salescallplanner.domain.sample;

import static com.salescallplanner.domain.sample.SampleText.pick;
import static com.salescallplanner.domain.sample.SampleText.pickSkewed;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The story of one prospect: it enters the funnel at some stage, each reviewed call ends as an
 * advance (some move it a stage on), a continuation, or finally an order or a no-sale, and most
 * open deals have a call coming up. The stage history follows the outcomes.
 */
final class ProspectScript {
    private static final int WON = 5;
    private static final int LOST = 6;
    private static final int LAST_OPEN = 4;

    private final Random rnd;
    private final StageModel stages;
    private final ZonedDateTime now;
    private final SampleCall calls;
    private final String idPrefix;

    record Result(Prospect prospect, List<CallPlan> calls) {
    }

    ProspectScript(Random rnd, StageModel stages, ZonedDateTime now, String idPrefix) {
        this.rnd = rnd;
        this.stages = stages;
        this.now = now;
        this.idPrefix = idPrefix;
        this.calls = new SampleCall(rnd, now, idPrefix);
    }

    Result build(int target, int callCount) {
        boolean open = target <= LAST_OPEN;
        int upcoming = open && callCount > 0 && rnd.nextDouble() < 0.75 ? 1 : 0;
        int reviewed = callCount - upcoming;
        boolean terminal = !open && reviewed > 0;
        int lostAt = rnd.nextInt(4);
        int moves = open ? target : target == WON ? LAST_OPEN : lostAt;
        int ordinary = reviewed - (terminal ? 1 : 0);
        int moving = Math.min(moves, ordinary);
        int stage = open ? target - moving : terminal ? moves - moving : target;
        List<OutcomeType> outcomes = outcomes(ordinary, moving, terminal ? target : -1);
        ProspectId id = new ProspectId(idPrefix + new UUID(rnd.nextLong(), rnd.nextLong()));
        List<Contact> contacts = contacts();
        LocalDate lastCall = now.toLocalDate().minusDays(open ? 1 + rnd.nextInt(30) : 10 + rnd.nextInt(200));
        LocalDate day = lastCall.minusDays(reviewed * (4L + rnd.nextInt(10)));
        List<StageChange> history = new ArrayList<>();
        history.add(new StageChange(stageId(stage), day.minusDays(3 + rnd.nextInt(20))));
        List<CallPlan> plans = new ArrayList<>(callCount);
        boolean[] movesStage = movingAdvances(outcomes, moving);
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeType type = outcomes.get(i);
            int after = switch (type) {
                case ORDER -> WON;
                case NO_SALE -> LOST;
                default -> stage;
            };
            if (movesStage[i]) {
                after = stage + 1;
            }
            day = day.plusDays(3 + rnd.nextInt(12));
            if (day.isAfter(lastCall)) {
                day = lastCall;
            }
            day = SampleCall.weekdayOnOrBefore(day);
            plans.add(calls.reviewed(id, contacts, stageId(stage), stageIndex(stage), type, stageId(after), day));
            if (after != stage) {
                history.add(new StageChange(stageId(after), day));
                stage = after;
            }
        }
        if (upcoming > 0) {
            plans.add(calls.upcoming(id, contacts, stageId(stage), stageIndex(stage)));
        }
        Prospect p = new Prospect(id, SampleText.company(rnd), pick(rnd, SampleText.PROJECTS), contacts,
                stageId(stage), history, qualification(stage, contacts), rnd.nextInt(3) == 0 ? "" : crmId(),
                rnd.nextInt(10) == 0 ? null : BigDecimal.valueOf(10_000L + 500L * rnd.nextInt(980)), "");
        return new Result(p, plans);
    }

    /** The order of outcomes: moving advances spread among ordinary calls, the close last. */
    private List<OutcomeType> outcomes(int ordinary, int moving, int closedAs) {
        List<OutcomeType> out = new ArrayList<>(ordinary + 1);
        for (int i = 0; i < ordinary; i++) {
            out.add(rnd.nextDouble() < 0.55 ? OutcomeType.ADVANCE : OutcomeType.CONTINUATION);
        }
        // Make sure enough advances exist to carry the stage moves.
        for (int i = 0, made = count(out); made < moving && i < out.size(); i++) {
            if (out.get(i) == OutcomeType.CONTINUATION) {
                out.set(i, OutcomeType.ADVANCE);
                made++;
            }
        }
        if (closedAs == WON) {
            out.add(OutcomeType.ORDER);
        } else if (closedAs == LOST) {
            out.add(OutcomeType.NO_SALE);
        }
        return out;
    }

    /** Marks the last {@code moving} advances: those move the prospect a stage on. */
    private static boolean[] movingAdvances(List<OutcomeType> outcomes, int moving) {
        boolean[] out = new boolean[outcomes.size()];
        for (int i = outcomes.size() - 1, left = moving; i >= 0 && left > 0; i--) {
            if (outcomes.get(i) == OutcomeType.ADVANCE) {
                out[i] = true;
                left--;
            }
        }
        return out;
    }

    private static int count(List<OutcomeType> out) {
        return (int) out.stream().filter(t -> t == OutcomeType.ADVANCE).count();
    }

    private List<Contact> contacts() {
        int n = 2 + rnd.nextInt(3);
        List<Contact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = SampleText.person(rnd);
            String role = i == 0 ? pick(rnd, SampleText.ROLES.subList(0, 4)) : pickSkewed(rnd, SampleText.ROLES);
            String email = emailOf(name);
            out.add(new Contact(name, role, email));
        }
        return out;
    }

    /** "Jörg Müller" becomes "jorg.muller@example.com": accents dropped, not the letters. */
    static String emailOf(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "")
                + "@example.com";
    }

    private Qualification qualification(int stage, List<Contact> contacts) {
        if (stage == 0) {
            return Qualification.EMPTY;
        }
        String buyer = contacts.get(0).name();
        String champion = contacts.get(contacts.size() - 1).name();
        return new Qualification("Cut processing cost by " + (5 + rnd.nextInt(20)) + "%",
                stage >= 2 ? buyer : "", stage >= 2 ? "Total cost over three years; integration effort" : "",
                stage >= 3 ? "Steering committee, then the board" : "", stage >= 3 ? "Legal review, two weeks" : "",
                "Manual work and errors in " + pick(rnd, List.of("dispatch", "invoicing", "reporting", "scheduling")),
                champion, rnd.nextBoolean() ? "An incumbent vendor" : "");
    }

    private String crmId() {
        return "006" + Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
    }

    private StageId stageId(int index) {
        return stages.stages().get(index).id();
    }

    /** The open stage a call at this stage is planned for (closed stages never get calls planned). */
    private static int stageIndex(int index) {
        return Math.min(index, LAST_OPEN);
    }
}
