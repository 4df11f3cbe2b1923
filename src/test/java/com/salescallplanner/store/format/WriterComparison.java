package com.salescallplanner.store.format;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.PlannerStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Child JVM of the bench suite's {@code writer} part (decision 10): the planner written by
 * Jackson's streaming generator ({@link JacksonDocument}, the subject) against the hand-written
 * writer the store uses ({@link PlannerJson#write}, the floor), on the same loaded store, in turns
 * (which goes first alternates), into a stream that drops the bytes, so the disk is not in the
 * figure. Two figures, each in wall time and in the process's CPU time: a whole write from scratch
 * (the first save after a load) and a write after one prospect is edited (every other record's
 * text copied from the last write; the median of several such writes per round). First checks
 * that both write the very same bytes.
 */
public final class WriterComparison {
    private static final Instant SAVED_AT = Instant.parse("2026-12-01T00:00:00Z");
    private static final int EDITS_PER_ROUND = 9;
    /** On a shared machine wall time includes waiting for a core; CPU time counts the work only. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static double lastCpu;

    private WriterComparison() {
    }

    /** Arguments: data folder, rounds, warm-up rounds. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        PlannerData data = PlannerStore.openForReading(folder).load().data();
        checkSameBytes(data);
        List<Double> handFull = new ArrayList<>();
        List<Double> jacksonFull = new ArrayList<>();
        List<Double> handEdit = new ArrayList<>();
        List<Double> jacksonEdit = new ArrayList<>();
        List<Double> handFullCpu = new ArrayList<>();
        List<Double> jacksonFullCpu = new ArrayList<>();
        List<Double> handEditCpu = new ArrayList<>();
        List<Double> jacksonEditCpu = new ArrayList<>();
        SavedTexts handTexts = new SavedTexts();
        SavedTexts jacksonTexts = new SavedTexts();
        PlannerJson.write(data, SAVED_AT, OutputStream.nullOutputStream(), handTexts);
        JacksonDocument.write(data, SAVED_AT, OutputStream.nullOutputStream(), jacksonTexts);
        for (int i = 0; i < warmups + rounds; i++) {
            boolean handFirst = i % 2 == 0;
            double[] full = new double[2];
            double[] fullCpu = new double[2];
            double[] edit = new double[2];
            double[] editCpu = new double[2];
            Prospect p = data.prospects().get(i * 37 % data.prospects().size());
            data = data.withProspect(p.withNotes(p.notes() + " (round " + i + ")"));
            PlannerData edited = data;
            for (int k = 0; k < 2; k++) {
                boolean hand = handFirst == (k == 0);
                full[hand ? 0 : 1] = time(() -> write(hand, edited, fresh()));
                fullCpu[hand ? 0 : 1] = lastCpu;
            }
            // An edit's write takes milliseconds: the median of several per round, each after another edit.
            List<List<Double>> edits = List.of(new ArrayList<>(), new ArrayList<>());
            List<List<Double>> editCpus = List.of(new ArrayList<>(), new ArrayList<>());
            for (int e = 0; e < EDITS_PER_ROUND; e++) {
                Prospect q = data.prospects().get((i * EDITS_PER_ROUND + e) * 53 % data.prospects().size());
                PlannerData next = data.withProspect(q.withNotes(q.notes() + " (edit " + e + ")"));
                data = next;
                for (int k = 0; k < 2; k++) {
                    boolean hand = (handFirst == (k == 0)) == (e % 2 == 0);
                    edits.get(hand ? 0 : 1).add(time(() -> write(hand, next, hand ? handTexts : jacksonTexts)));
                    editCpus.get(hand ? 0 : 1).add(lastCpu);
                }
            }
            edit[0] = median(edits.get(0));
            edit[1] = median(edits.get(1));
            editCpu[0] = median(editCpus.get(0));
            editCpu[1] = median(editCpus.get(1));
            System.out.printf(Locale.ROOT, "round %d: from scratch hand-written %.1f ms (CPU %.0f), Jackson %.1f ms"
                    + " (CPU %.0f); after an edit hand-written %.1f ms (CPU %.1f), Jackson %.1f ms (CPU %.1f)%n", i + 1,
                    full[0], fullCpu[0], full[1], fullCpu[1], edit[0], editCpu[0], edit[1], editCpu[1]);
            if (i >= warmups) {
                handFull.add(full[0]);
                jacksonFull.add(full[1]);
                handEdit.add(edit[0]);
                jacksonEdit.add(edit[1]);
                handFullCpu.add(fullCpu[0]);
                jacksonFullCpu.add(fullCpu[1]);
                handEditCpu.add(editCpu[0]);
                jacksonEditCpu.add(editCpu[1]);
            }
        }
        System.out.println(samples("writer-full", handFull, jacksonFull));
        System.out.println(samples("writer-edit", handEdit, jacksonEdit));
        System.out.println(samples("writer-full-cpu", handFullCpu, jacksonFullCpu));
        System.out.println(samples("writer-edit-cpu", handEditCpu, jacksonEditCpu));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private interface Write {
        void run() throws IOException;
    }

    /** Wall time in ms; the CPU time the process spent meanwhile (all threads, the collector's too) goes to {@link #lastCpu}. */
    private static double time(Write w) throws IOException {
        System.gc();
        long c0 = PROCESS.getProcessCpuTime();
        long t0 = System.nanoTime();
        w.run();
        long t1 = System.nanoTime();
        lastCpu = (PROCESS.getProcessCpuTime() - c0) / 1e6;
        return (t1 - t0) / 1e6;
    }

    private static void write(boolean hand, PlannerData d, SavedTexts saved) throws IOException {
        if (hand) {
            PlannerJson.write(d, SAVED_AT, OutputStream.nullOutputStream(), saved);
        } else {
            JacksonDocument.write(d, SAVED_AT, OutputStream.nullOutputStream(), saved);
        }
    }

    /** Nothing to reuse, nothing kept: the first save after a load. */
    private static SavedTexts fresh() {
        SavedTexts none = new SavedTexts();
        none.forget(Long.MAX_VALUE);
        return none;
    }

    private static void checkSameBytes(PlannerData d) throws IOException {
        ByteArrayOutputStream hand = new ByteArrayOutputStream(1 << 28);
        PlannerJson.write(d, SAVED_AT, hand, fresh());
        byte[] handBytes = hand.toByteArray();
        hand = null;
        ByteArrayOutputStream jackson = new ByteArrayOutputStream(1 << 28);
        JacksonDocument.write(d, SAVED_AT, jackson, fresh());
        boolean same = Arrays.equals(handBytes, jackson.toByteArray());
        System.out.println("Both writers wrote " + handBytes.length + " bytes; identical: " + same);
        if (!same) {
            throw new IllegalStateException("the writers disagree: the comparison would be meaningless");
        }
    }

    /** As the bench suite's {@code Samples} line: the floor is the hand-written writer. */
    private static String samples(String name, List<Double> floor, List<Double> subject) {
        return "SAMPLES " + name + " floor=" + join(floor) + " subject=" + join(subject);
    }

    private static String join(List<Double> values) {
        StringBuilder sb = new StringBuilder();
        for (double d : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", d));
        }
        return sb.toString();
    }
}
