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
 * it was never reported saved. A save that changed several records writes one line per record,
 * each saying how many of the save's lines follow it ({@code "rest"}); a save whose lines stop
 * short (a crash can cut a write after any complete line) is left out whole, so the server never
 * gets half an edit. Lines without {@code "rest"} (written before it existed) are saves of their own.
 */
final class EditJournal implements AutoCloseable {
    private final Path file;
    private FileChannel channel;
    private int lines;

    /**
     * What the file holds: the edits in order and which of them the server has.
     *
     * @param cutAt where a save cut short by a crash begins (its bytes are to be cut off before the
     *              next append, or they would sit between whole saves); -1 when there is none
     */
    record Contents(List<Edit> edits, Set<Long> acked, long cutAt) {
        List<Edit> pending() {
            return edits.stream().filter(e -> !acked.contains(e.seq())).toList();
        }
    }

    EditJournal(Path file) throws IOException {
        this.file = file;
        Contents c = read(file);
        this.lines = c.edits().size() + c.acked().size();
        open();
        if (c.cutAt() >= 0) {
            channel.truncate(c.cutAt());
            channel.force(false);
        }
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
            return new Contents(edits, acked, -1);
        }
        byte[] bytes = Files.readAllBytes(file);
        int pending = 0; // lines of the current save still to come
        int saveStart = 0; // index in edits of the current save's first line
        long whole = 0; // bytes up to the end of the last whole save or ack
        int lineNo = 0;
        for (int from = 0; from < bytes.length; ) {
            int nl = indexOf(bytes, from);
            lineNo++;
            boolean last = nl < 0 || nl == bytes.length - 1;
            String line = new String(bytes, from, (nl < 0 ? bytes.length : nl) - from, StandardCharsets.UTF_8);
            int next = nl < 0 ? bytes.length : nl + 1;
            if (line.isBlank()) {
                from = next;
                continue;
            }
            JsonNode n;
            try {
                n = nl < 0 ? null : Bodies.JSON.readTree(line);
            } catch (JacksonException e) {
                n = null;
            }
            if (n == null) {
                if (last) {
                    break; // cut short by a crash while it was written: never reported saved
                }
                throw new IOException(file + " line " + lineNo + " is damaged: it is not a JSON object");
            }
            if (n.has("ack")) {
                acked.add(n.get("ack").asLong());
            } else {
                int rest = n.path("rest").asInt(0);
                if (pending > 0 && rest != pending - 1) {
                    throw new IOException(file + " line " + lineNo + " is damaged: a save's records are incomplete");
                }
                if (pending == 0) {
                    saveStart = edits.size();
                }
                JsonNode body = n.get("body");
                edits.add(new Edit(n.get("seq").asLong(), RecordKey.parse(n.get("key").asString()),
                        n.get("base").asLong(), body == null || body.isNull() ? null : body.asString(),
                        n.path("prospectId").asString("")));
                pending = rest;
            }
            from = next;
            if (pending == 0) {
                whole = from;
            }
        }
        if (pending > 0) { // the write of the last save stopped short: none of it was reported saved
            edits.subList(saveStart, edits.size()).clear();
        }
        return new Contents(edits, acked, whole < bytes.length ? whole : -1);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Appends the edits and forces them to disk; when this returns they survive a crash. */
    synchronized void append(List<Edit> edits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < edits.size(); i++) {
            out.writeBytes(encode(edits.get(i), edits.size() - 1 - i));
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
                out.write(encode(e, 0)); // each durable already; the file is replaced atomically
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

    private static byte[] encode(Edit e, int rest) {
        ObjectNode n = Bodies.JSON.createObjectNode();
        n.put("seq", e.seq());
        n.put("key", e.key().text());
        n.put("rest", rest);
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
