package com.salescallplanner.bench;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.AutoSaver;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.SaveState;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Child JVM: load and save of the store against their floors, in turns.
 * <ul>
 * <li>load: {@link PlannerStore#load()} (read, parse, check every field, build the domain model)
 *     against a plain Jackson {@code readTree} of the same file;</li>
 * <li>save: one prospect edited, then one {@link PlannerStore#save} (temporary file, fsync, backup
 *     link, atomic rename, folder sync, pruning) against writing the same bytes to a file and
 *     forcing them to disk; and the first save after a load against the same floor;</li>
 * <li>submit: how long {@link AutoSaver#submit} keeps the caller (the FX thread) while a save runs;</li>
 * <li>edit: one prospect edited, then {@link PlannerStore#saveEdits} (the changed record appended to
 *     the journal and forced to disk) against appending the same bytes to a file and forcing them.</li>
 * </ul>
 */
public final class StoreBench {
    private static final double MS = 1e6;
    /** An edit takes milliseconds: many of them per round of the other figures, for a steady median. */
    private static final int EDIT_ROUNDS_PER_ROUND = 10;
    /** Edits before the second, warm measure: a few days of a rep's edits. */
    private static final int WARM_EDITS = 2_000;

    private StoreBench() {
    }

    /** Arguments: data folder, rounds, warm-up rounds, and what to measure: {@code load} or {@code save}. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        if (args[3].equals("load")) {
            load(folder, rounds, warmups);
            return;
        }
        if (args[3].equals("edit")) {
            editMadeDurable(folder, rounds * EDIT_ROUNDS_PER_ROUND, warmups * EDIT_ROUNDS_PER_ROUND);
            return;
        }
        // A JVM of its own: after many loads (and their large trees) the heap is in another state.
        PlannerData data = PlannerStore.openForReading(folder).load().data();
        save(folder, data, rounds, warmups);
        submitWhileSaving(folder, data);
    }

    private static PlannerData load(Path folder, int rounds, int warmups) throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        JsonMapper plain = JsonMapper.builder().build();
        List<Double> floor = new ArrayList<>();
        List<Double> subject = new ArrayList<>();
        PlannerData data = null;
        for (int i = 0; i < warmups + rounds; i++) {
            System.gc();
            long t0 = System.nanoTime();
            JsonNode tree = plain.readTree(file);
            long t1 = System.nanoTime();
            tree = null;
            data = null;
            System.gc();
            long t2 = System.nanoTime();
            data = PlannerStore.openForReading(folder).load().data();
            long t3 = System.nanoTime();
            if (i >= warmups) {
                floor.add((t1 - t0) / MS);
                subject.add((t3 - t2) / MS);
            }
            System.out.printf("load round %d: readTree %.0f ms, PlannerStore.load %.0f ms%n", i, (t1 - t0) / MS,
                    (t3 - t2) / MS);
        }
        System.out.println(new Samples("load", floor, subject).line());
        return data;
    }

    /**
     * The save a rep's edit causes: one prospect changed in the loaded planner, then saved (the
     * edit is inside the timed span; it takes well under a millisecond). Then, as a row of its
     * own, the first save after a load: a fresh store and a fresh load in every round, so no
     * text from an earlier save can be reused (the JIT is warm by then; the very first save in
     * this JVM, cold in both senses, is printed on its own line).
     */
    private static void save(Path folder, PlannerData loaded, int rounds, int warmups) throws Exception {
        Path floorFile = folder.resolve("floor-write.json");
        List<Double> floor = new ArrayList<>();
        List<Double> subject = new ArrayList<>();
        List<Double> coldFloor = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        List<Double> newFileFloor = new ArrayList<>();
        Deque<Path> newFiles = new ArrayDeque<>();
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.load();
            PlannerData data = loaded;
            for (int i = 0; i < warmups + rounds; i++) {
                byte[] bytes = Files.readAllBytes(store.file());
                System.gc();
                long t0 = System.nanoTime();
                writeAndForce(floorFile, bytes);
                long t1 = System.nanoTime();
                System.gc();
                long n0 = System.nanoTime();
                writeNewFile(folder, newFiles, bytes, i);
                long n1 = System.nanoTime();
                bytes = null;
                System.gc();
                long t2 = System.nanoTime();
                data = edit(data, i);
                store.save(data);
                long t3 = System.nanoTime();
                if (i >= warmups) {
                    floor.add((t1 - t0) / MS);
                    subject.add((t3 - t2) / MS);
                    newFileFloor.add((n1 - n0) / MS);
                }
                System.out.printf("save round %d: write+force %.0f ms, edit + PlannerStore.save %.0f ms%s%n", i,
                        (t1 - t0) / MS, (t3 - t2) / MS, i == 0 ? " (the JVM's first save: JIT cold, nothing to reuse)"
                                : "");
            }
        }
        try {
            for (int i = 0; i < rounds; i++) {
                try (PlannerStore store = PlannerStore.openForWriting(folder)) {
                    PlannerData data = store.load().data();
                    byte[] bytes = Files.readAllBytes(store.file());
                    System.gc();
                    long t0 = System.nanoTime();
                    writeAndForce(floorFile, bytes);
                    long t1 = System.nanoTime();
                    bytes = null;
                    System.gc();
                    long t2 = System.nanoTime();
                    store.save(data);
                    long t3 = System.nanoTime();
                    coldFloor.add((t1 - t0) / MS);
                    cold.add((t3 - t2) / MS);
                    System.out.printf("first save after a load, round %d: write+force %.0f ms, PlannerStore.save "
                            + "%.0f ms%n", i, (t1 - t0) / MS, (t3 - t2) / MS);
                }
            }
        } finally {
            Files.deleteIfExists(floorFile);
            for (Path p : newFiles) {
                Files.deleteIfExists(p);
            }
        }
        System.out.println(new Samples("save", floor, subject).line());
        System.out.println(new Samples("save-after-load", coldFloor, cold).line());
        System.out.println(new Samples("save-new-file", newFileFloor, subject).line());
    }

    /**
     * The save a rep's edit causes with the journal: one prospect changed, then
     * {@link PlannerStore#saveEdits} (the edit is inside the timed span, as in {@link #save}). The
     * floor appends the very bytes the journal grew by to a file of its own and forces them the
     * same way ({@code force(false)}); the two alternate which goes first.
     */
    private static void editMadeDurable(Path folder, int rounds, int warmups) throws Exception {
        Path floorFile = folder.resolve("floor-append.jsonl");
        try (PlannerStore store = PlannerStore.openForWriting(folder);
             FileChannel append = FileChannel.open(floorFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            PlannerData data = store.load().data();
            // The edits of a fresh JVM (the figure), then the same after a day's worth more (the JIT
            // has compiled the path by then; the journal is folded on the way, as in the window).
            data = editRounds("edit", store, append, folder, data, 0, warmups, rounds);
            data = editRounds("edit-warm", store, append, folder, data, warmups + rounds, WARM_EDITS, rounds);
        } finally {
            Files.deleteIfExists(floorFile);
        }
    }

    private static PlannerData editRounds(String name, PlannerStore store, FileChannel append, Path folder,
                                          PlannerData start, int first, int warmups, int rounds) throws Exception {
        Path journal = folder.resolve("planner.journal");
        List<Double> floor = new ArrayList<>();
        List<Double> subject = new ArrayList<>();
        PlannerData data = start;
        byte[] previous = new byte[200];
        int done = 0; // edits whose bytes are known: the warm-ups, then the measured ones
        for (int i = first; subject.size() < rounds; i++) {
            long f0 = 0;
            long f1 = 0;
            if (i % 2 == 0) {
                f0 = System.nanoTime();
                appendAndForce(append, previous);
                f1 = System.nanoTime();
            }
            long size = Files.size(journal);
            long t0 = System.nanoTime();
            data = edit(data, i);
            store.saveEdits(data);
            long t1 = System.nanoTime();
            byte[] bytes = tail(journal, size);
            if (bytes == null) { // a fold started the journal afresh meanwhile: this edit's bytes are not known
                continue;
            }
            if (i % 2 == 1) {
                f0 = System.nanoTime();
                appendAndForce(append, bytes);
                f1 = System.nanoTime();
            } else {
                previous = bytes; // the floor went first: it wrote as many bytes as the edit before
            }
            if (done++ >= warmups) {
                floor.add((f1 - f0) / MS);
                subject.add((t1 - t0) / MS);
            }
            if (i % 100 == 0) {
                System.out.printf("edit round %d: append+force %.2f ms, edit + PlannerStore.saveEdits %.2f ms "
                        + "(%d bytes)%n", i, (f1 - f0) / MS, (t1 - t0) / MS, bytes.length);
            }
        }
        System.out.println(new Samples(name, floor, subject).line());
        return data;
    }

    private static byte[] tail(Path file, long from) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() < from) {
                return null;
            }
            ByteBuffer b = ByteBuffer.allocate((int) (ch.size() - from));
            ch.read(b, from);
            return b.array();
        }
    }

    private static void appendAndForce(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        ch.force(false);
    }

    /** What a rep does between two saves: one prospect's notes changed (a different one each round). */
    static PlannerData edit(PlannerData data, int round) {
        Prospect p = data.prospects().get(round * 7_919 % data.prospects().size());
        return data.withProspect(p.withNotes("Called back on round " + round + "; wants the proposal by Friday."));
    }

    /**
     * A second floor: the same bytes written to a new file and forced, as any save that keeps the
     * old version intact until it is replaced must write them; the last 10 such files are kept, as
     * the store keeps 10 backups, so each round writes fresh disk space as a save does.
     */
    static void writeNewFile(Path folder, Deque<Path> kept, byte[] bytes, int round) throws IOException {
        Path file = folder.resolve("floor-new-" + round + ".json");
        writeAndForce(file, bytes);
        kept.add(file);
        while (kept.size() > 10) {
            Files.delete(kept.poll());
        }
    }

    /** The floor of a save: the same bytes, written and forced to disk, nothing else. */
    static void writeAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /**
     * An edit in the window hands the new value to the AutoSaver and goes on: the time submit
     * takes while a save of the whole store is running (floor: the same call with the saver idle).
     */
    private static void submitWhileSaving(Path folder, PlannerData data) throws Exception {
        List<Double> idle = new ArrayList<>();
        List<Double> busy = new ArrayList<>();
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.load();
            for (int i = 0; i < 5; i++) {
                CountDownLatch saving = new CountDownLatch(1);
                CountDownLatch saved = new CountDownLatch(1);
                try (AutoSaver saver = new AutoSaver(store::save, s -> {
                    if (s.kind() == SaveState.Kind.SAVING) {
                        saving.countDown();
                    } else {
                        saved.countDown();
                    }
                })) {
                    long t0 = System.nanoTime();
                    saver.submit(data);
                    long t1 = System.nanoTime();
                    saving.await(1, TimeUnit.MINUTES);
                    PlannerData edited = data.withoutProspect(data.prospects().get(i).id());
                    long t2 = System.nanoTime();
                    saver.submit(edited);
                    long t3 = System.nanoTime();
                    saved.await(5, TimeUnit.MINUTES);
                    saver.flush();
                    idle.add((t1 - t0) / MS);
                    busy.add((t3 - t2) / MS);
                }
            }
            store.save(data);
        }
        System.out.println(new Samples("submit", idle, busy).line());
    }
}
