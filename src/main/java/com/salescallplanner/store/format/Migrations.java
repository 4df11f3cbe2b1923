package com.salescallplanner.store.format;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** The chain of steps that brings an older document up to {@link PlannerJson#CURRENT_VERSION}. */
final class Migrations {
    private static final List<Migration> STEPS = List.of(new V1ToV2(), new V2ToV3());

    private Migrations() {
    }

    static ObjectNode upgrade(ObjectNode document, int version) {
        for (int v = version; v < PlannerJson.CURRENT_VERSION; v++) {
            Migration step = step(v);
            step.apply(document);
            document.put("schemaVersion", v + 1);
        }
        return document;
    }

    private static Migration step(int from) {
        return STEPS.stream().filter(m -> m.from() == from).findFirst().orElseThrow(() -> new InvalidValue(
                FieldPath.ROOT.field("schemaVersion"), "format " + from + " is not known to this version."));
    }
}
