package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.AtomicFiles;
import com.salescallplanner.store.format.FormatException;
import com.salescallplanner.store.format.PlannerJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What this machine keeps of a team database, in its own folder under the data folder, so the
 * window can start and work while the server is away: the installation's id, a copy of the
 * rep's planner with each record's version (written when it was read from the server; the
 * journal's edits replay on top of it), and the conflicts not yet settled.
 */
final class LocalCopy {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCopy.class);
    static final String SNAPSHOT = "snapshot.json";
    static final String JOURNAL = "journal.jsonl";
    static final String CONFLICTS = "conflicts.json";
    static final String DEVICE = "device-id";

    private final Path folder;

    LocalCopy(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path journal() {
        return folder.resolve(JOURNAL);
    }

    /** This installation's id, made on first use. */
    UUID device() throws IOException {
        Path f = folder.resolve(DEVICE);
        if (Files.exists(f)) {
            return UUID.fromString(Files.readString(f, StandardCharsets.UTF_8).strip());
        }
        UUID id = UUID.randomUUID();
        AtomicFiles.write(f, out -> out.write((id + "\n").getBytes(StandardCharsets.UTF_8)));
        return id;
    }

    /** The planner as last read from the server (plus the edits made before), with its versions. */
    record Snapshot(PlannerData data, Map<RecordKey, Long> versions, long nextSeq) {
    }

    void writeSnapshot(Snapshot s) throws IOException {
        ObjectNode head = Bodies.JSON.createObjectNode();
        head.put("nextSeq", s.nextSeq());
        ObjectNode v = head.putObject("versions");
        s.versions().forEach((k, n) -> v.put(k.text(), n));
        String prefix = Bodies.JSON.writeValueAsString(head);
        byte[] start = (prefix.substring(0, prefix.length() - 1) + ",\"planner\":").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(SNAPSHOT), out -> {
            out.write(start);
            PlannerJson.write(s.data(), Instant.now(), out);
            out.write('}');
        });
    }

    /** Null when there is none yet. */
    Snapshot readSnapshot() throws IOException {
        Path f = folder.resolve(SNAPSHOT);
        if (!Files.exists(f)) {
            return null;
        }
        try {
            JsonNode n = Bodies.JSON.readTree(Files.readAllBytes(f));
            Map<RecordKey, Long> versions = new HashMap<>();
            n.get("versions").properties().forEach(e -> versions.put(RecordKey.parse(e.getKey()), e.getValue().asLong()));
            PlannerData data = PlannerJson.read(Bodies.JSON.writeValueAsBytes(n.get("planner"))).data();
            return new Snapshot(data, versions, n.get("nextSeq").asLong());
        } catch (FormatException | RuntimeException e) {
            throw new IOException("The local copy " + f + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The snapshot with the journal's edits replayed on it: the planner as this machine last had
     * it (null data when there is no snapshot yet), the next sequence number, and the edits the
     * server has not taken yet. An edit that does not replay is logged and still sent.
     */
    record Restored(PlannerData data, Map<RecordKey, Long> versions, long nextSeq, List<Edit> pending) {
    }

    Restored restore() throws IOException {
        Snapshot snap = readSnapshot();
        EditJournal.Contents contents = EditJournal.read(journal());
        PlannerData data = snap == null ? null : snap.data();
        Map<RecordKey, Long> versions = snap == null ? new HashMap<>() : new HashMap<>(snap.versions());
        long nextSeq = snap == null ? 1 : snap.nextSeq();
        for (Edit e : contents.edits()) {
            if (data != null) {
                data = replay(data, versions, e);
            }
            nextSeq = Math.max(nextSeq, e.seq() + 1);
        }
        return new Restored(data, versions, nextSeq, contents.pending());
    }

    /** Notes the version a record has once the edit is applied. */
    static void track(Map<RecordKey, Long> versions, Edit e) {
        if (e.removes()) {
            versions.remove(e.key());
        } else {
            versions.put(e.key(), e.newVersion());
        }
    }

    private static PlannerData replay(PlannerData data, Map<RecordKey, Long> versions, Edit e) {
        try {
            PlannerData next = Bodies.apply(data, e.key(), e.body());
            track(versions, e);
            return next;
        } catch (Exception ex) {
            LOG.warn("Edit {} of {} could not be replayed on the local copy; it is still sent: {}", e.seq(), e.key(),
                    ex.getMessage());
            return data;
        }
    }

    void writeConflicts(List<Conflict> conflicts) throws IOException {
        ArrayNode a = Bodies.JSON.createArrayNode();
        for (Conflict c : conflicts) {
            ObjectNode n = a.addObject();
            n.put("key", c.key().text());
            n.put("reason", c.reason());
            n.put("mine", c.mineBody());
            n.put("theirs", c.theirBody());
            n.put("theirVersion", c.theirVersion());
            n.put("prospectId", c.prospectId());
        }
        byte[] bytes = Bodies.JSON.writeValueAsBytes(a);
        AtomicFiles.write(folder.resolve(CONFLICTS), out -> out.write(bytes));
    }

    List<Conflict> readConflicts() throws IOException {
        Path f = folder.resolve(CONFLICTS);
        List<Conflict> out = new ArrayList<>();
        if (!Files.exists(f)) {
            return out;
        }
        try {
            for (JsonNode n : Bodies.JSON.readTree(Files.readAllBytes(f))) {
                out.add(new Conflict(RecordKey.parse(n.get("key").asString()), n.get("reason").asString(),
                        text(n.get("mine")), text(n.get("theirs")), n.get("theirVersion").asLong(),
                        n.path("prospectId").asString("")));
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException("The conflicts file " + f + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
