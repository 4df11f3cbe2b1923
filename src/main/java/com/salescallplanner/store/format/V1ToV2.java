package com.salescallplanner.store.format;

import com.salescallplanner.domain.Stage;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Format 1 to 2. Format 1 (the first release) referred to stages by their display name, so
 * renaming a stage broke every prospect; it marked closed stages with two flags; it stored the
 * objectives as a list with a {@code level} field (which allowed two stretch objectives); it
 * wrote the start as Java's {@code 2026-03-04T10:00+01:00[Europe/Berlin]} and the length in
 * minutes. Format 2 gives stages stable ids and has one field per objective level.
 */
final class V1ToV2 implements Migration {
    @Override
    public int from() {
        return 1;
    }

    @Override
    public void apply(ObjectNode doc) {
        refuseFormat2Fields(doc);
        FieldPath root = FieldPath.ROOT;
        Map<String, String> ids = stageIds(doc);
        each(doc, "ladder", root, (rung, at) -> rename(rung, "earliestStage", "earliestStageId", ids, at));
        each(doc, "prospects", root, (p, at) -> {
            rename(p, "stage", "stageId", ids, at);
            each(p, "stageHistory", at, (h, hAt) -> rename(h, "stage", "stageId", ids, hAt));
        });
        each(doc, "calls", root, (c, at) -> {
            rename(c, "stageAtPlanning", "stageIdAtPlanning", ids, at);
            splitStart(c, at);
            minutesToDuration(c, at);
            objectives(c, at);
            if (c.get("outcome") instanceof ObjectNode o) {
                rename(o, "stageAfter", "stageAfterId", ids, at.field("outcome"));
            }
        });
    }

    /**
     * A file that says format 1 but holds format-2 fields is not converted: the conversion would
     * overwrite them (a stage's {@code type} becomes OPEN from the missing format-1 flags, so
     * Closed Won and Closed Lost would turn into open stages on the next save).
     */
    private static void refuseFormat2Fields(ObjectNode doc) {
        FieldPath root = FieldPath.ROOT;
        each(doc, "stages", root, (s, at) -> refuse(s, at, "id", "type"));
        each(doc, "ladder", root, (r, at) -> refuse(r, at, "earliestStageId"));
        each(doc, "prospects", root, (p, at) -> {
            refuse(p, at, "stageId");
            each(p, "stageHistory", at, (h, hAt) -> refuse(h, hAt, "stageId"));
        });
        each(doc, "calls", root, (c, at) -> {
            refuse(c, at, "stageIdAtPlanning", "timeZone", "duration", "stretch", "conservative");
            if (c.get("outcome") instanceof ObjectNode o) {
                refuse(o, at.field("outcome"), "stageAfterId");
            }
        });
    }

    private static void refuse(ObjectNode node, FieldPath at, String... format2Fields) {
        for (String f : format2Fields) {
            if (node.has(f)) {
                throw new InvalidValue(at.field(f), "the file declares schemaVersion 1, but this field only exists "
                        + "in format 2. Its content does not match its declared version, and converting it as format 1 "
                        + "would lose data; if it is a format-2 file, correct schemaVersion to 2.");
            }
        }
    }

    /** Gives every stage an id derived from its name and returns name (lower case) to id. */
    private static Map<String, String> stageIds(ObjectNode doc) {
        Map<String, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        each(doc, "stages", FieldPath.ROOT, (s, sAt) -> {
            String name = FieldValues.required(sAt.field("name"), s.get("name")).asString();
            String id = Stage.idFor(name).value();
            for (int n = 2; !used.add(id); n++) {
                id = Stage.idFor(name).value() + "-" + n;
            }
            ids.put(name.strip().toLowerCase(Locale.ROOT), id);
            s.put("id", id);
            boolean closed = s.path("closed").asBoolean(false);
            boolean won = s.path("won").asBoolean(false);
            s.remove("closed");
            s.remove("won");
            s.put("type", !closed ? "OPEN" : won ? "WON" : "LOST");
        });
        return ids;
    }

    private static void rename(ObjectNode node, String oldName, String newName, Map<String, String> ids,
                               FieldPath at) {
        JsonNode value = node.remove(oldName);
        if (value == null || !value.isString()) {
            return;
        }
        String id = ids.get(value.stringValue().strip().toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new InvalidValue(at.field(oldName), "stage '" + value.stringValue() + "' is not in the stage model.");
        }
        node.put(newName, id);
    }

    private static void splitStart(ObjectNode call, FieldPath at) {
        JsonNode start = call.get("start");
        if (start == null || !start.isString()) {
            return;
        }
        try {
            ZonedDateTime t = ZonedDateTime.parse(start.stringValue());
            call.put("start", t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            call.put("timeZone", t.getZone().getId());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(at.field("start"), "'" + start.stringValue()
                    + "' is not a start time in the form 2026-03-04T10:00+01:00[Europe/Berlin].");
        }
    }

    private static void minutesToDuration(ObjectNode call, FieldPath at) {
        JsonNode minutes = call.remove("durationMinutes");
        if (minutes == null) {
            return;
        }
        if (!minutes.isInt() || minutes.intValue() < 1) {
            throw new InvalidValue(at.field("durationMinutes"), "expected a whole number of minutes from 1.");
        }
        call.put("duration", java.time.Duration.ofMinutes(minutes.intValue()).toString());
    }

    private static void objectives(ObjectNode call, FieldPath at) {
        JsonNode list = call.remove("objectives");
        if (!(list instanceof ArrayNode items)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            FieldPath oAt = at.field("objectives").index(i);
            if (!(items.get(i) instanceof ObjectNode o)) {
                throw new InvalidValue(oAt, "expected an object in curly braces.");
            }
            JsonNode level = o.remove("level");
            String field = level == null ? "" : level.asString("").toLowerCase(Locale.ROOT);
            if (!field.equals("stretch") && !field.equals("conservative")) {
                throw new InvalidValue(oAt.field("level"), "expected 'stretch' or 'conservative'.");
            }
            if (call.has(field)) {
                throw new InvalidValue(oAt.field("level"), "the call has two " + field + " objectives.");
            }
            call.set(field, o);
        }
    }

    /** Runs {@code action} on each object of the array {@code name}; other shapes are left for binding to report. */
    private static void each(ObjectNode parent, String name, FieldPath at, BiConsumer<ObjectNode, FieldPath> action) {
        if (parent.get(name) instanceof ArrayNode items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof ObjectNode o) {
                    action.accept(o, at.field(name).index(i));
                }
            }
        }
    }
}
