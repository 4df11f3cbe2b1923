package com.salescallplanner.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The check figure from JMH ({@link CheckBenchmark#checkPlan} against {@link CheckBenchmark#floorWords}):
 * the median of the measurement iterations, in milliseconds.
 */
final class CheckFigures {
    private CheckFigures() {
    }

    static Figure measure() throws Exception {
        System.out.println("Check: JMH CheckBenchmark");
        Options opt = new OptionsBuilder()
                .include(CheckBenchmark.class.getName() + "\\.(checkPlan|floorWords)$")
                .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(7).measurementTime(TimeValue.seconds(1))
                .forks(1).threads(1)
                .build();
        Collection<RunResult> results = new Runner(opt).run();
        List<Double> check = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (RunResult r : results) {
            List<Double> into = r.getParams().getBenchmark().endsWith("checkPlan") ? check : floor;
            for (IterationResult it : r.getBenchmarkResults().iterator().next().getIterationResults()) {
                into.add(it.getPrimaryResult().getScore() / 1000.0); // the benchmark reports microseconds
            }
        }
        return new Figure("check", "ObjectiveChecker.check of one plan (both objectives)",
                "lower-casing both objectives and splitting them into words", "ms",
                new Samples("check", floor, check), 0.1, true);
    }
}
