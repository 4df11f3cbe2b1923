package com.salescallplanner.store;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff.Change;
import com.salescallplanner.store.edits.RecordKey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The lines of {@code planner.journal}: JSON Lines, each line one JSON object whose last member
 * is {@code "crc32c"}, the CRC-32C of the line's bytes before {@code ,"crc32c"}. The first line
 * names the version of {@code planner.json} the journal extends (its size and checksum); then
 * edits (a whole prospect, call or the settings, or a removal), each with the next sequence
 * number; and, while a fold is under way, a fold line naming the new {@code planner.json} and
 * the last edit it holds. See docs/data-format.md.
 *
 * <p>One save that changes several records writes one line per record, all in one write; each
 * line says how many of the save's lines follow it ({@code "rest"}, format 2). A save is applied
 * whole or not at all: a kill can cut a write short at any page of the file, also right after a
 * complete line, and applying the lines that made it to disk would leave half an edit (issue 15:
 * the crash test found a planner with one of an edit's two records).
 *
 * <p>Reading checks every line and stops at the first that fails; what it stopped at is
 * reported, never passed over: a last line without its line break is an append cut off (never
 * reported saved), anything else is damage.
 */
final class JournalLines {
    static final int VERSION = 2;
    private static final byte[] CRC_MEMBER = ",\"crc32c\":\"".getBytes(StandardCharsets.US_ASCII);
    /** {@code ,"crc32c":"} + 8 hex digits + {@code "}} */
    private static final int SUFFIX = CRC_MEMBER.length + 10;

    private JournalLines() {
    }

    /** A version of {@code planner.json}: its size in bytes and the CRC-32C of its bytes. */
    record Base(long size, long crc) {
        String json() {
            return "{\"size\":" + size + ",\"crc32c\":\"" + hex(crc) + "\"}";
        }
    }

    /**
     * One edit as read, with the bytes of its line (kept when the journal is rewritten).
     *
     * @param rest the lines of the same save that follow this one (0: the save's last line)
     */
    record Entry(long seq, RecordKey key, String body, int rest, byte[] line, int lineNumber) {
    }

    /** A fold under way: {@code planner.json} became {@code base}, holding the edits up to {@code through}. */
    record Fold(Base base, long through) {
    }

    /**
     * Where reading stopped before the end.
     *
     * @param torn      the last line has no line break: an append cut off, never reported saved
     * @param line      the line number (from 1)
     * @param what      what is wrong with it
     * @param linesLeft lines from that one to the end, not applied
     */
    record Problem(boolean torn, int line, String what, int linesLeft) {
    }

    /** What a journal holds, up to the first line that fails ({@code problem}, or null). */
    record Contents(int version, Base base, List<Entry> edits, List<Fold> folds, Problem problem) {
    }

    static byte[] header(Base base) {
        return seal("{\"journal\":" + VERSION + ",\"base\":" + base.json());
    }

    /** @param rest the lines of the same save still to come after this one */
    static byte[] edit(long seq, Change c, int rest) {
        // The body's bytes as they are, not copied into one string with the opening first: an edit's
        // line is built once per save, while the JIT has not yet compiled any of it.
        return seal(editOpening(seq, c.key(), rest).getBytes(StandardCharsets.UTF_8),
                (c.body() == null ? "null" : c.body()).getBytes(StandardCharsets.UTF_8));
    }

    /** The members before the body, always written the same way: {@code {"seq":S,"key":K,"rest":R,"body":}. */
    private static String editOpening(long seq, RecordKey key, int rest) {
        return "{\"seq\":" + seq + ",\"key\":" + quoted(key)
                + (rest < 0 ? "" : ",\"rest\":" + rest) + ",\"body\":";
    }

    /**
     * The key as a JSON string. A kind's name and an id of the domain's form ({@link FieldRules#isIdForm})
     * need no escapes and are written as they are; Jackson quotes anything else. Asking Jackson every
     * time cost more than the rest of the line in a fresh JVM, whose first edits run it interpreted
     * (docs/performance.md).
     */
    static String quoted(RecordKey key) {
        return key.id().isEmpty() || FieldRules.isIdForm(key.id()) ? '"' + key.text() + '"'
                : Bodies.JSON.writeValueAsString(key.text());
    }

    static byte[] fold(Base base, long through) {
        return seal("{\"fold\":" + base.json() + ",\"through\":" + through);
    }

    /** The line: the object's members so far, the checksum over them, the closing brace, a line break. */
    private static byte[] seal(String open) {
        return seal(open.getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    /** {@link #seal(String)} of the two parts' text one after the other. */
    private static byte[] seal(byte[] open, byte[] more) {
        int members = open.length + more.length;
        byte[] line = Arrays.copyOf(open, members + SUFFIX + 1);
        System.arraycopy(more, 0, line, open.length, more.length);
        CRC32C crc = new CRC32C();
        crc.update(line, 0, members);
        System.arraycopy(CRC_MEMBER, 0, line, members, CRC_MEMBER.length);
        byte[] digits = hex(crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, line, members + CRC_MEMBER.length, digits.length);
        line[members + SUFFIX - 2] = '"';
        line[members + SUFFIX - 1] = '}';
        line[members + SUFFIX] = '\n';
        return line;
    }

    static String hex(long crc) {
        return HexFormat.of().toHexDigits((int) crc);
    }

    static Contents read(byte[] bytes) {
        List<Entry> edits = new ArrayList<>();
        List<Fold> folds = new ArrayList<>();
        List<int[]> lines = split(bytes);
        int version = 0;
        Base base = null;
        long lastSeq = -1;
        int pending = 0; // lines of the current save still to come
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            int left = lines.size() - i;
            if (end == bytes.length || bytes[end] != '\n') {
                return wholeSaves(version, base, edits, folds, new Problem(true, i + 1,
                        "the line has no line break: an edit cut off while it was written", left));
            }
            byte[] line = Arrays.copyOfRange(bytes, start, end + 1);
            String wrong = checksumProblem(line);
            JsonNode n = null;
            if (wrong == null) {
                try {
                    n = Bodies.JSON.readTree(line);
                } catch (JacksonException e) {
                    wrong = "not valid JSON: " + e.getOriginalMessage();
                }
            }
            try {
                if (wrong == null && i == 0) {
                    if (!n.has("journal") || !n.path("journal").canConvertToInt() || !n.has("base")) {
                        wrong = "the first line does not name the planner.json it extends";
                    } else {
                        version = n.get("journal").asInt();
                        base = base(n.get("base"));
                        if (version > VERSION) {
                            return new Contents(version, base, edits, folds, null);
                        }
                    }
                } else if (wrong == null && pending > 0) {
                    if (!n.has("seq") || n.path("rest").asInt(-1) != pending - 1) {
                        wrong = "a save's records are incomplete: " + pending + " more were to follow edit " + lastSeq;
                    }
                }
                if (wrong == null && i > 0 && n.has("fold")) {
                    folds.add(new Fold(base(n.get("fold")), n.path("through").asLong()));
                } else if (wrong == null && i > 0) {
                    long seq = n.path("seq").asLong(-1);
                    if (seq < 1 || lastSeq >= 0 && seq != lastSeq + 1 || !n.has("key") || !n.has("body")) {
                        wrong = seq >= 1 && lastSeq >= 0 && seq != lastSeq + 1
                                ? "edit " + seq + " follows edit " + lastSeq + ": the edits between them are missing"
                                : "not an edit (it needs seq, key and body)";
                    } else {
                        RecordKey key = RecordKey.parse(n.get("key").asString());
                        // Format 1 had no "rest": each of its lines was a save of its own.
                        int rest = n.has("rest") ? n.get("rest").asInt() : -1;
                        String body = n.get("body").isNull() ? null : bodyText(line, seq, key, rest);
                        edits.add(new Entry(seq, key, body, Math.max(rest, 0), line, i + 1));
                        lastSeq = seq;
                        pending = Math.max(rest, 0);
                    }
                }
            } catch (RuntimeException e) {
                wrong = "not a journal line: " + e.getMessage();
            }
            if (wrong != null) {
                return wholeSaves(version, base, edits, folds, new Problem(false, i + 1, wrong, left));
            }
        }
        if (pending > 0) { // the write stopped right after a complete line: the same as a line cut off
            return wholeSaves(version, base, edits, folds, new Problem(true, lines.size() + 1,
                    "an edit cut off while it was written (" + pending + " of its records are missing)", 0));
        }
        return new Contents(version, base, edits, folds, null);
    }

    /**
     * The contents with only whole saves: the lines of a save that stopped short of its last line are
     * taken out of the edits and counted with the lines not applied, the problem then starting at them.
     */
    private static Contents wholeSaves(int version, Base base, List<Entry> edits, List<Fold> folds, Problem p) {
        int keep = edits.size();
        while (keep > 0 && edits.get(keep - 1).rest() > 0) {
            keep--;
        }
        int dropped = edits.size() - keep;
        if (dropped == 0) {
            return new Contents(version, base, edits, folds, p);
        }
        int from = edits.get(keep).lineNumber();
        String what = p.torn() ? p.what() : p.what() + " at line " + p.line();
        return new Contents(version, base, List.copyOf(edits.subList(0, keep)), folds,
                new Problem(p.torn(), from, what, p.linesLeft() + dropped));
    }

    /**
     * The record's JSON exactly as written, byte for byte (not written again from the tree):
     * the bytes between the members before it, which are always written the same way, and the checksum.
     */
    private static String bodyText(byte[] line, long seq, RecordKey key, int rest) {
        byte[] open = editOpening(seq, key, rest).getBytes(StandardCharsets.UTF_8);
        int end = line.length - 1 - SUFFIX;
        if (end <= open.length || !Arrays.equals(line, 0, open.length, open, 0, open.length)) {
            throw new IllegalArgumentException("the members are not in the order seq, key, rest, body");
        }
        return new String(line, open.length, end - open.length, StandardCharsets.UTF_8);
    }

    /** Null when the line's checksum matches its bytes, else what is wrong. */
    private static String checksumProblem(byte[] line) {
        int crcAt = line.length - 1 - SUFFIX;
        if (crcAt < 1 || line[0] != '{' || !Arrays.equals(line, crcAt, crcAt + CRC_MEMBER.length, CRC_MEMBER, 0,
                CRC_MEMBER.length) || line[line.length - 3] != '"' || line[line.length - 2] != '}') {
            return "the line does not end with its checksum (\"crc32c\")";
        }
        String written = new String(line, crcAt + CRC_MEMBER.length, 8, StandardCharsets.US_ASCII);
        CRC32C crc = new CRC32C();
        crc.update(line, 0, crcAt);
        String actual = hex(crc.getValue());
        return actual.equals(written.toLowerCase(Locale.ROOT)) ? null
                : "its checksum does not match its content (written " + written + ", content " + actual + ")";
    }

    private static Base base(JsonNode n) {
        return new Base(n.path("size").asLong(-1), Long.parseUnsignedLong(n.path("crc32c").asString("0"), 16));
    }

    /** [start, end) of each line, the end at its line break (or at the end of the bytes for a last line without one). */
    private static List<int[]> split(byte[] bytes) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(new int[] {start, bytes.length});
        }
        return out;
    }
}
