package com.salescallplanner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code writer} part, not in {@code all}: Jackson's streaming generator against the hand-written
 * writer (decision 10, which keeps the hand-written one on these figures).
 */
final class WriterFigures {
    /** The rule: the hand-written writer stays only if Jackson is more than 10 % slower. */
    private static final double LIMIT = 1.10;
    private static final String CLASS = "com.salescallplanner.store.format.WriterComparison";

    private WriterFigures() {
    }

    static List<Figure> measure(ChildJvm jvm, Path data, int rounds) throws Exception {
        System.out.println("Writer: Jackson's generator against the hand-written writer (" + rounds + " rounds)");
        List<Figure> out = new ArrayList<>();
        for (Samples s : jvm.run(CLASS, List.of(data.toString(), String.valueOf(rounds),
                String.valueOf(Settings.fromProperties().warmups())), 30)) {
            switch (s.name()) {
                case "writer-full" -> out.add(new Figure("write, from scratch", "the whole store written through "
                        + "Jackson's generator (test code, store.format.JacksonDocument), nothing reused, into a stream "
                        + "that drops the bytes", "the hand-written writer the store uses (PlannerJson.write), the same", "ms", s, LIMIT, false));
                case "writer-edit" -> out.add(new Figure("write, after an edit", "the same after one prospect "
                        + "edited, the other records' texts kept from the last write", "the hand-written writer, "
                        + "the same", "ms", s, LIMIT, false));
                case "writer-full-cpu" -> out.add(new Figure("write, from scratch, CPU time", "the process's CPU "
                        + "time during the write from scratch (all threads, the collector's too)",
                        "the hand-written writer, the same", "ms", s, LIMIT, false));
                case "writer-edit-cpu" -> out.add(new Figure("write, after an edit, CPU time", "the process's CPU "
                        + "time during the write after an edit", "the hand-written writer, the same", "ms", s, LIMIT,
                        false));
                default -> throw new IllegalStateException("unexpected samples " + s.name());
            }
        }
        return out;
    }
}
