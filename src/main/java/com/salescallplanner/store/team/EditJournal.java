package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.store.AtomicFiles;
import com.salescallplanner.store.OwnerOnly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edits not yet on the server, durably on disk, in order: one JSON line per edit, appended
 * and forced to disk before the window counts the edit as saved, and one line per edit the
 * server has taken ("ack", not forced: an ack lost in a crash only makes the edit go again,
 * which the server recognises by its sequence number). A line cut short by a crash is ignored:
 * it was never reported saved.
 */
final class EditJournal implements AutoCloseable {
    private final Path file;
    private FileChannel channel;
    private int lines;

    /** What the file holds: the edits in order and which of them the server has. */
    record Contents(List<Edit> edits, Set<Long> acked) {
        List<Edit> pending() {
            return edits.stream().filter(e -> !acked.contains(e.seq())).toList();
        }
    }

    EditJournal(Path file) throws IOException {
        this.file = file;
        Contents c = read(file);
        this.lines = c.edits().size() + c.acked().size();
        open();
    }

    private void open() throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, OwnerOnly.fileAttributes());
        }
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    static Contents read(Path file) throws IOException {
        List<Edit> edits = new ArrayList<>();
        Set<Long> acked = new HashSet<>();
        if (!Files.exists(file)) {
            return new Contents(edits, acked);
        }
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = Bodies.JSON.readTree(line);
            } catch (JacksonException e) {
                if (i == all.size() - 1) {
                    break; // cut short by a crash while it was written: never reported saved
                }
                throw new IOException(file + " line " + (i + 1) + " is damaged: " + e.getOriginalMessage(), e);
            }
            if (n.has("ack")) {
                acked.add(n.get("ack").asLong());
            } else {
                JsonNode body = n.get("body");
                edits.add(new Edit(n.get("seq").asLong(), RecordKey.parse(n.get("key").asString()),
                        n.get("base").asLong(), body == null || body.isNull() ? null : body.asString(),
                        n.path("prospectId").asString("")));
            }
        }
        return new Contents(edits, acked);
    }

    /** Appends the edits and forces them to disk; when this returns they survive a crash. */
    synchronized void append(List<Edit> edits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Edit e : edits) {
            out.writeBytes(encode(e));
        }
        write(out.toByteArray());
        channel.force(false);
        lines += edits.size();
    }

    /** Notes that the server has the edit. */
    synchronized void ack(long seq) throws IOException {
        ObjectNode n = Bodies.JSON.createObjectNode();
        n.put("ack", seq);
        write(line(n));
        lines++;
    }

    /** Lines in the file: when many are acks of sent edits, the owner rewrites it with {@link #replace}. */
    synchronized int lines() {
        return lines;
    }

    /** Replaces the whole file by these edits (atomically): after a snapshot took in the rest. */
    synchronized void replace(List<Edit> pending) throws IOException {
        channel.close();
        List<Edit> copy = List.copyOf(pending);
        AtomicFiles.write(file, out -> {
            for (Edit e : copy) {
                out.write(encode(e));
            }
        });
        lines = copy.size();
        open();
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    private static byte[] encode(Edit e) {
        ObjectNode n = Bodies.JSON.createObjectNode();
        n.put("seq", e.seq());
        n.put("key", e.key().text());
        n.put("base", e.baseVersion());
        n.put("prospectId", e.prospectId());
        if (e.body() == null) {
            n.putNull("body");
        } else {
            n.put("body", e.body());
        }
        return line(n);
    }

    private static byte[] line(ObjectNode n) {
        return (Bodies.JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
