package com.salescallplanner.bench;

import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.ObjectiveChecker;
import com.salescallplanner.domain.check.ObjectiveReader;
import com.salescallplanner.domain.check.Reading;

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

    private ObjectiveChecker checker;
    private ObjectiveReader reader;
    private Objective[][] objectives;
    private LocalDate today;
    private int next;

    @Setup
    public void setUp() {
        checker = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults());
        reader = checker.reader();
        today = LocalDate.of(2026, 2, 16);
        objectives = new Objective[PLANS.length][];
        for (int i = 0; i < PLANS.length; i++) {
            objectives[i] = new Objective[] {Objective.of(Level.STRETCH, PLANS[i][1]),
                Objective.of(Level.CONSERVATIVE, PLANS[i][2])};
        }
    }

    /** One check of a whole plan: both objectives read and every rule applied. */
    @Benchmark
    public CheckResult checkPlan() {
        int i = next++ & 3;
        return checker.check(PLANS[i][0], objectives[i][0], objectives[i][1], false, today);
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
