package com.salescallplanner.domain.report;

import com.salescallplanner.domain.PlannerData;

import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the reports take over a large book: 10,000 prospects and 100,000 calls. Each
 * iteration starts from a fresh copy of the data, so PlannerData's lazily built call index is
 * paid for as it is after every edit in the window. Run (after {@code mvn test-compile}):
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     org.openjdk.jmh.Main ReportsBenchmark
 * </pre>
 * where target/test-classpath.txt comes from
 * {@code mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportsBenchmark {
    @Param({"10000"})
    public int prospects;
    @Param({"100000"})
    public int calls;

    private PlannerData generated;
    private PlannerData data;
    private final ZonedDateTime now = Fixtures.NOW;

    @Setup(Level.Trial)
    public void generate() {
        generated = SyntheticData.generate(prospects, calls, 42, now);
    }

    /** A new PlannerData value without its caches, as after an edit. */
    @Setup(Level.Invocation)
    public void freshCopy() {
        data = PlannerData.of(generated.stages(), generated.ladder(), generated.prospects(), generated.calls());
    }

    @Benchmark
    public ReportSnapshot allReports() {
        return ReportSnapshot.of(data, now);
    }

    @Benchmark
    public Pipeline pipelineBoard() {
        return Pipeline.of(data, now);
    }

    @Benchmark
    public Agenda todaysAgenda() {
        return Agenda.of(data, now);
    }

    @Benchmark
    public HitRateReport hitRates() {
        return HitRateReport.of(data, now.getZone());
    }
}
