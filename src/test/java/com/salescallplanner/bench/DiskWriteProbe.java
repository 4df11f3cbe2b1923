package com.salescallplanner.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Not part of the suite: how long the disk alone takes to take the same bytes, the two ways a
 * save could write them. In turns, each round: (1) the save's floor, the bytes written over an
 * existing file and forced; (2) what an atomic save must do, the bytes written to a new file and
 * forced, then a hard link of the old version as a backup, the atomic rename and the folder's
 * sync, keeping 10 backups. No JSON is made: any difference from the floor is the file system's.
 * Run: {@code java -cp target/test-classes com.salescallplanner.bench.DiskWriteProbe
 * target/fsx target/bench/data/planner.json 12}
 */
public final class DiskWriteProbe {
    private static final int BACKUPS = 10;
    private static final long MS = 1_000_000;

    private DiskWriteProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        byte[] bytes = Files.readAllBytes(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Path same = dir.resolve("floor.json");
        Path target = dir.resolve("planner.json");
        Deque<Path> backups = new ArrayDeque<>();
        for (int i = 0; i < rounds; i++) {
            System.gc();
            long t0 = System.nanoTime();
            write(same, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            long t1 = System.nanoTime();
            System.gc();
            long t2 = System.nanoTime();
            Path tmp = dir.resolve("planner.json.tmp" + i);
            write(tmp, bytes, StandardOpenOption.CREATE_NEW);
            long t3 = System.nanoTime();
            if (Files.exists(target)) {
                Path backup = dir.resolve("backup-" + i + ".json");
                Files.createLink(backup, target);
                backups.add(backup);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                folder.force(true);
            }
            long t4 = System.nanoTime();
            while (backups.size() > BACKUPS) {
                Files.delete(backups.poll());
            }
            long t5 = System.nanoTime();
            System.out.printf("round %d: over the old file %d ms | new file %d ms, backup link + rename + folder sync "
                    + "%d ms, pruning %d ms%n", i, (t1 - t0) / MS, (t3 - t2) / MS, (t4 - t3) / MS, (t5 - t4) / MS);
        }
        for (Path p : backups) {
            Files.delete(p);
        }
        Files.deleteIfExists(same);
        Files.deleteIfExists(target);
    }

    private static void write(Path file, byte[] bytes, StandardOpenOption mode) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }
}
