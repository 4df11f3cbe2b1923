package com.salescallplanner.store.team;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of the PostgreSQL roles the planner makes. Each rep and manager logs in as a role of
 * their own; two group roles per team database carry the rights (so several team databases can
 * share one server): {@code scp_<database>_reps} for everyone, {@code scp_<database>_managers}
 * for managers.
 */
public final class TeamRoles {
    /** Plain lower-case identifiers: no quoting anywhere, and the same name in psql and in the planner. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String reps;
    private final String managers;

    public TeamRoles(String database) {
        String base = "scp_" + database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        base = base.length() > 50 ? base.substring(0, 50) : base;
        this.reps = base + "_reps";
        this.managers = base + "_managers";
    }

    public String reps() {
        return reps;
    }

    public String managers() {
        return managers;
    }

    /** @throws IllegalArgumentException naming what is wrong with a rep's or manager's name */
    public static String checkName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' must be 1 to 63 lower-case letters, digits "
                    + "or '_', starting with a letter or '_' (it becomes their PostgreSQL login).");
        }
        if (name.startsWith("pg_") || name.startsWith("scp_") || name.equals("public") || name.equals("postgres")) {
            throw new IllegalArgumentException(what + " '" + name + "' is reserved; choose another name.");
        }
        return name;
    }
}
