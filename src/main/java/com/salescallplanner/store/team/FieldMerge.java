package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field-by-field merging of the two versions of a record in a {@link Conflict}: the record's
 * top-level fields that differ (a prospect's company, notes, contacts ...; a call's objectives,
 * schedule ...), and a merged record that takes some of them from the server's version.
 */
public final class FieldMerge {
    /** One field that differs: its name and each side's value as compact JSON ("" when absent). */
    public record Difference(String field, String mine, String theirs) {
    }

    private FieldMerge() {
    }

    /** Empty when either side removed the record (then there is nothing to merge field by field). */
    public static List<Difference> differences(Conflict c) {
        List<Difference> out = new ArrayList<>();
        if (c.mineBody() == null || c.theirBody() == null) {
            return out;
        }
        JsonNode mine = Bodies.JSON.readTree(c.mineBody());
        JsonNode theirs = Bodies.JSON.readTree(c.theirBody());
        Set<String> fields = new LinkedHashSet<>();
        mine.propertyNames().forEach(fields::add);
        theirs.propertyNames().forEach(fields::add);
        for (String f : fields) {
            JsonNode m = mine.get(f);
            JsonNode t = theirs.get(f);
            if (!equal(m, t)) {
                out.add(new Difference(f, text(m), text(t)));
            }
        }
        return out;
    }

    /** My record with the named fields taken from theirs. */
    public static String merge(Conflict c, Set<String> fromTheirs) {
        ObjectNode mine = (ObjectNode) Bodies.JSON.readTree(c.mineBody());
        JsonNode theirs = Bodies.JSON.readTree(c.theirBody());
        for (String f : fromTheirs) {
            JsonNode t = theirs.get(f);
            if (t == null) {
                mine.remove(f);
            } else {
                mine.set(f, t);
            }
        }
        return Bodies.JSON.writeValueAsString(mine);
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || a.isNull()) {
            return b == null || b.isNull();
        }
        return b != null && canonical(a).equals(canonical(b));
    }

    /** The server's jsonb orders keys its own way: compare with sorted keys. */
    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            ObjectNode sorted = Bodies.JSON.createObjectNode();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(n.properties());
            entries.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, JsonNode> e : entries) {
                sorted.set(e.getKey(), canonical(e.getValue()));
            }
            return sorted;
        }
        if (n.isArray()) {
            var arr = Bodies.JSON.createArrayNode();
            for (Iterator<JsonNode> it = n.values().iterator(); it.hasNext(); ) {
                arr.add(canonical(it.next()));
            }
            return arr;
        }
        return n;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        return n.isString() ? n.asString() : Bodies.JSON.writeValueAsString(n);
    }
}
