package com.salescallplanner.domain.sample;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic sample data for demos, benchmarks and the window's "Load sample data": companies
 * with buying groups, stages spread like a real funnel, reviewed calls whose outcomes drive the
 * stage history, and upcoming calls. Pure and repeatable: the same arguments give the same data.
 */
public final class SampleGenerator {
    public static final int MAX_PROSPECTS = 100_000;
    public static final int MAX_CALLS = 1_000_000;
    /**
     * Share of prospects by stage (default model order: five open stages, won, lost): a funnel
     * that narrows towards the close, with about a fifth of the deals already decided.
     */
    static final double[] FUNNEL = {0.26, 0.22, 0.15, 0.10, 0.06, 0.11, 0.10};

    private SampleGenerator() {
    }

    /**
     * @param prospects how many prospects (0 to {@value #MAX_PROSPECTS})
     * @param calls     how many calls in all, reviewed and upcoming (0 to {@value #MAX_CALLS}; needs prospects)
     * @param seed      the same seed gives the same data
     * @param now       "now" for the sample: reviewed calls lie before it, upcoming ones after
     */
    public static PlannerData generate(int prospects, int calls, long seed, ZonedDateTime now) {
        return generate(prospects, calls, seed, now, "");
    }

    /**
     * {@link #generate(int, int, long, ZonedDateTime)} with every prospect and call id starting with
     * {@link SampleMark#PREFIX}: the window's "Load sample data", which "Remove sample data" can take out again.
     */
    public static PlannerData marked(int prospects, int calls, long seed, ZonedDateTime now) {
        return generate(prospects, calls, seed, now, SampleMark.PREFIX);
    }

    private static PlannerData generate(int prospects, int calls, long seed, ZonedDateTime now, String idPrefix) {
        if (prospects < 0 || prospects > MAX_PROSPECTS) {
            throw new DomainException("The number of prospects must be between 0 and " + MAX_PROSPECTS + ".");
        }
        if (calls < 0 || calls > MAX_CALLS) {
            throw new DomainException("The number of calls must be between 0 and " + MAX_CALLS + ".");
        }
        if (calls > 0 && prospects == 0) {
            throw new DomainException("Calls need at least one prospect.");
        }
        Random rnd = new Random(seed);
        StageModel stages = StageModel.defaults();
        int[] targets = new int[prospects];
        double[] weights = new double[prospects];
        double total = 0;
        for (int i = 0; i < prospects; i++) {
            targets[i] = funnelStage(rnd);
            // Deals further along have had more calls.
            weights[i] = (1 + Math.min(targets[i], 4)) * (0.5 + rnd.nextDouble());
            total += weights[i];
        }
        int[] perProspect = allocate(calls, weights, total, rnd);
        List<Prospect> people = new ArrayList<>(prospects);
        List<CallPlan> plans = new ArrayList<>(calls);
        ProspectScript script = new ProspectScript(rnd, stages, now, idPrefix);
        for (int i = 0; i < prospects; i++) {
            ProspectScript.Result r = script.build(targets[i], perProspect[i]);
            people.add(r.prospect());
            plans.addAll(r.calls());
        }
        return PlannerData.of(stages, CommitmentLadder.defaults(), people, plans);
    }

    private static int funnelStage(Random rnd) {
        double x = rnd.nextDouble();
        for (int s = 0; s < FUNNEL.length; s++) {
            x -= FUNNEL[s];
            if (x < 0) {
                return s;
            }
        }
        return 0;
    }

    /** Splits {@code calls} over the prospects in proportion to their weights, exactly. */
    private static int[] allocate(int calls, double[] weights, double total, Random rnd) {
        int[] out = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = (int) Math.floor(calls * weights[i] / total);
            given += out[i];
        }
        while (given < calls) {
            out[rnd.nextInt(out.length)]++;
            given++;
        }
        return out;
    }
}
