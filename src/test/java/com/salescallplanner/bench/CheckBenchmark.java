package com.salescallplanner.bench;

import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.LearnedPhrasings;
import com.salescallplanner.domain.check.ObjectiveChecker;
import com.salescallplanner.domain.check.ObjectiveReader;
import com.salescallplanner.domain.check.Reading;
import com.salescallplanner.nlp.OpenNlpTagger;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the checker takes: the UI re-checks the plan on every keystroke. Cycles through a few
 * realistic plans so that one lucky input does not decide the figure.
 * Run with {@code mvn -B -Pbench -DskipTests verify} (see docs/checker.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
    private static final String[][] PLANS = {
        {"discovery", "Our champion introduces us to the VP of Operations by next week",
            "The IT lead sends us their current process documentation by Friday"},
        {"evaluation", "The CIO commits the integration team to a two-week pilot starting June 1",
            "Their operations manager joins a reference call with a customer next week"},
        {"proposal", "The CFO reviews our proposal with us on Thursday and confirms the budget",
            "Send the revised proposal to the CFO and follow up"},
        {"negotiation", "Procurement issues the purchase order before the board meeting on the 12th",
            "Get their legal team to agree the final contract terms by Wednesday"},
    };

    /**
     * Plans as the trainer's table words them, each with words the reader's vocabulary lacks, so the app's
     * model-backed reader asks its tagger; the stretch is retyped in {@value #VARIANTS} variants (more than
     * the tagger remembers), as on every keystroke, while the conservative objective stays as it was.
     */
    private static final String[][] TYPED_PLANS = {
        {"discovery", "the plant mgr at Ferro Castings retools line 3 for our sensors nxt wk",
            "head of claims shares the loss run export by weds"},
        {"evaluation", "their night-shift dispatchers use our app on live routes from the 8th",
            "try to get the CFO to bring the buying group to a tailored demo on the 21st"},
        {"proposal", "verbal from the VP Ops that we're selected, before the board meeting",
            "Brochure sent to the head of procurement, then Reconfirm they have budget"},
        {"negotiation", "the COO won't sign off the trial yet, but purch issues the PO by 28 Nov",
            "Marco moves all ocean freight volume to us starting 1 Feb"},
    };
    private static final int VARIANTS = 128;

    private ObjectiveChecker checker;
    private ObjectiveChecker modelChecker;
    private Objective[][] typed;
    private ObjectiveReader reader;
    private Objective[][] objectives;
    private StageId[] planStages;
    private StageId[] typedStages;
    private LocalDate today;
    private int next;

    @Setup
    public void setUp() {
        checker = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults());
        reader = checker.reader();
        try {
            modelChecker = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults(), OpenNlpTagger.load(),
                    LearnedPhrasings.NONE);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        typedStages = new StageId[TYPED_PLANS.length];
        for (int i = 0; i < TYPED_PLANS.length; i++) {
            typedStages[i] = new StageId(TYPED_PLANS[i][0]);
        }
        typed = new Objective[TYPED_PLANS.length * VARIANTS][];
        for (int i = 0; i < typed.length; i++) {
            String[] p = TYPED_PLANS[i % TYPED_PLANS.length];
            typed[i] = new Objective[] {Objective.of(Level.STRETCH, p[1] + " zq" + i),
                Objective.of(Level.CONSERVATIVE, p[2])};
        }
        today = LocalDate.of(2026, 2, 16);
        objectives = new Objective[PLANS.length][];
        planStages = new StageId[PLANS.length];
        for (int i = 0; i < PLANS.length; i++) {
            planStages[i] = new StageId(PLANS[i][0]);
            objectives[i] = new Objective[] {Objective.of(Level.STRETCH, PLANS[i][1]),
                Objective.of(Level.CONSERVATIVE, PLANS[i][2])};
        }
    }

    /** One check of a whole plan: both objectives read and every rule applied. */
    @Benchmark
    public CheckResult checkPlan() {
        int i = next++ & 3;
        return checker.check(planStages[i], objectives[i][0], objectives[i][1], false, today);
    }

    /**
     * One check as the app runs it: the OpenNLP-backed reader, on plans with words it does not know, the
     * stretch retyped each time (the tagger's memory misses) and the conservative one unchanged.
     */
    @Benchmark
    public CheckResult checkTypedPlanWithModel() {
        int i = next++ % typed.length;
        return modelChecker.check(typedStages[i % TYPED_PLANS.length], typed[i][0], typed[i][1], false, today);
    }

    /** The same plans with the reader's rules alone (before the model has loaded). */
    @Benchmark
    public CheckResult checkTypedPlanRulesOnly() {
        int i = next++ % typed.length;
        return checker.check(typedStages[i % TYPED_PLANS.length], typed[i][0], typed[i][1], false, today);
    }

    /**
     * The floor of a check (docs/performance.md): the least any reading of the plan must do,
     * lower-case both objectives and split them into words.
     */
    @Benchmark
    public int floorWords() {
        int i = next++ & 3;
        return words(PLANS[i][1]) + words(PLANS[i][2]);
    }

    private static int words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        int start = -1;
        for (int k = 0; k <= lower.length(); k++) {
            boolean letter = k < lower.length() && Character.isLetterOrDigit(lower.charAt(k));
            if (letter && start < 0) {
                start = k;
            } else if (!letter && start >= 0) {
                count += lower.substring(start, k).length() > 0 ? 1 : 0;
                start = -1;
            }
        }
        return count;
    }

    /** Reading one objective's free text. */
    @Benchmark
    public Reading readObjective() {
        int i = next++ & 3;
        return reader.read(PLANS[i][1 + (i & 1)], today);
    }
}
