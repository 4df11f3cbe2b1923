package com.salescallplanner.store;

import com.salescallplanner.store.JournalLines.Base;
import com.salescallplanner.store.JournalLines.Entry;
import com.salescallplanner.store.edits.PlannerDiff.Change;
import com.salescallplanner.store.format.PlannerJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's {@value #FILE_NAME}: the edits since {@code planner.json} was last written, each
 * appended and forced to disk before a save returns. Not thread-safe: the store calls it under
 * its own lock. Its file is only ever appended to, or replaced whole and atomically.
 */
final class Journal implements AutoCloseable {
    static final String FILE_NAME = "planner.journal";
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path file;
    private FileChannel channel;
    /** The version of planner.json the edits apply to; null until the journal is opened. */
    private Base base;
    private long lastSeq;
    /** The lines of the edits since {@code base}, to write them again when the journal is rewritten. */
    private final List<Entry> sinceBase = new ArrayList<>();
    private long bytesSinceBase;

    Journal(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    static String asideName(String kind, String time) {
        return "planner-journal-" + kind + "-" + time + ".jsonl";
    }

    /** Whether edits can be appended: opened on the current planner.json and not broken by a failed write. */
    boolean isOpen() {
        return channel != null;
    }

    long lastSeq() {
        return lastSeq;
    }

    int editsSinceBase() {
        return sinceBase.size();
    }

    long bytesSinceBase() {
        return bytesSinceBase;
    }

    /**
     * Takes over the journal as the load found it: appends to it when it holds exactly these
     * edits on {@code base}, else writes it afresh with them (atomically), after keeping the old
     * file aside when asked (it then holds edits that were not applied).
     */
    void adopt(Base newBase, JournalReplay.Replayed r, String asideTime) throws IOException {
        close();
        base = newBase;
        lastSeq = r.lastSeq();
        sinceBase.clear();
        sinceBase.addAll(r.applied());
        bytesSinceBase = r.applied().stream().mapToLong(e -> e.line().length).sum();
        if (r.disposition() == JournalReplay.Disposition.SET_ASIDE && Files.exists(file)) {
            Path aside = file.resolveSibling(asideName(r.asideKind(), asideTime));
            Files.move(file, aside);
            LOG.warn("{} kept as {}: {}", FILE_NAME, aside.getFileName(), r.notice());
        }
        if (r.disposition() != JournalReplay.Disposition.KEEP || !Files.exists(file)) {
            rewrite();
        }
        openChannel();
    }

    /** Keeps the journal file aside for good, its edits not applied to what comes next; returns where, or null. */
    Path setAside(String time, String why) throws IOException {
        close();
        sinceBase.clear();
        bytesSinceBase = 0;
        if (!Files.exists(file)) {
            return null;
        }
        Path aside = file.resolveSibling(asideName("unapplied", time));
        Files.move(file, aside);
        AtomicFiles.syncFolder(file.toAbsolutePath().getParent());
        LOG.warn("{} kept as {}: {}", FILE_NAME, aside.getFileName(), why);
        return aside;
    }

    /** What the journal file in the folder holds; null when there is none. */
    static JournalLines.Contents read(Path folder) throws StoreException {
        Path f = folder.resolve(FILE_NAME);
        if (!Files.exists(f)) {
            return null;
        }
        try {
            return JournalLines.read(RegularFiles.read(f, PlannerJson.MAX_FILE_BYTES));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNREADABLE, f, f + " cannot be read: "
                    + IoMessages.describe(e) + ". Nothing was changed.", null, e);
        }
    }

    /** Appends the changes as edits and forces them to disk; on failure the file is as before. */
    void append(List<Change> changes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Entry> entries = new ArrayList<>(changes.size());
        long seq = lastSeq;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            int rest = changes.size() - 1 - i; // read back, a save is applied whole or not at all
            byte[] line = JournalLines.edit(++seq, c, rest);
            entries.add(new Entry(seq, c.key(), c.body(), rest, line, 0));
            out.writeBytes(line);
        }
        write(out.toByteArray());
        lastSeq = seq;
        sinceBase.addAll(entries);
        bytesSinceBase += out.size();
    }

    /** Notes, forced to disk, that planner.json is about to become {@code next}, holding the edits up to {@code through}. */
    void appendFold(Base next, long through) throws IOException {
        if (channel != null) {
            write(JournalLines.fold(next, through));
        }
    }

    /** planner.json is now {@code next}, holding the edits up to {@code through}: the journal keeps only those after. */
    void rebase(Base next, long through) throws IOException {
        base = next;
        sinceBase.removeIf(e -> e.seq() <= through);
        bytesSinceBase = sinceBase.stream().mapToLong(e -> e.line().length).sum();
        close();
        rewrite();
        openChannel();
    }

    private void rewrite() throws IOException {
        List<Entry> lines = List.copyOf(sinceBase);
        byte[] header = JournalLines.header(base);
        AtomicFiles.write(file, out -> {
            out.write(header);
            for (Entry e : lines) {
                out.write(e.line());
            }
        });
    }

    private void openChannel() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Writes and forces; a failed write is cut off again so no half line stays before the next one. */
    private void write(byte[] bytes) throws IOException {
        long before = channel.size();
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(before);
                channel.force(false);
            } catch (IOException again) {
                LOG.warn("Could not cut {} back after a failed write; the next save rewrites planner.json", file, again);
                close();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing {}", file, e);
            }
            channel = null;
        }
    }
}
