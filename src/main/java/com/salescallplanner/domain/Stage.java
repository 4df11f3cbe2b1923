package com.salescallplanner.domain;

/**
 * One step of the sales process. The id is stable (prospects and the ladder refer to it);
 * the name is what the rep sees and may be renamed freely.
 */
public record Stage(StageId id, String name, String description, StageType type) {
    public Stage {
        FieldRules.required(id, "Stage id");
        name = FieldRules.name(name, "Stage name");
        description = FieldRules.text(description, "Stage description", FieldRules.MAX_NAME * 2);
        FieldRules.required(type, "Stage type");
    }

    public boolean closed() {
        return type.isClosed();
    }

    /** A valid stage id derived from a display name, e.g. "Needs Analysis" to "needs-analysis". */
    public static StageId idFor(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "stage";
        }
        return new StageId(slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug);
    }
}
