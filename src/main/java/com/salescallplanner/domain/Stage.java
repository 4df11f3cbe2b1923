package com.salescallplanner.domain;

import java.util.regex.Pattern;

/**
 * One step of the sales process. The id is stable (prospects and the ladder refer to it);
 * the name is what the rep sees and may be renamed freely.
 */
public record Stage(String id, String name, String description, StageType type) {
    public static final String ID_RULE = "a stage id uses lower-case letters, digits and dashes (1 to 40)";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Stage {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DomainException("Stage id '" + id + "' is invalid: " + ID_RULE + ".");
        }
        name = FieldRules.name(name, "Stage name");
        description = FieldRules.text(description, "Stage description", FieldRules.MAX_NAME * 2);
        FieldRules.required(type, "Stage type");
    }

    public boolean closed() {
        return type.isClosed();
    }

    /** A valid stage id derived from a display name, e.g. "Needs Analysis" to "needs-analysis". */
    public static String idFor(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "stage";
        }
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }
}
