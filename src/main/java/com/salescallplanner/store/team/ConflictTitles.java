package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import tools.jackson.databind.JsonNode;

/** A conflict's record named the way the rep knows it: "Prospect Acme", "Call with Acme on 2026-03-02T10:00". */
public final class ConflictTitles {
    private ConflictTitles() {
    }

    public static String title(Conflict c) {
        String body = c.mineBody() != null ? c.mineBody() : c.theirBody();
        JsonNode n = body == null ? null : Bodies.JSON.readTree(body);
        return switch (c.key().kind()) {
            case SETTINGS -> "The stage model and ladder";
            case PROSPECT -> "Prospect " + (n == null ? c.key().id() : n.path("company").asString(c.key().id()));
            case CALL -> "Call " + (n == null ? c.key().id() : "on " + n.path("start").asString(c.key().id()));
        };
    }
}
