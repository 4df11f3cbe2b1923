package com.salescallplanner.store.team;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Sorts the driver's errors by what the planner does about them. */
final class SqlErrors {
    /** Raised by the schema's version trigger (V1__team_schema.sql): an edit based on an old version. */
    static final String STALE_EDIT = "SCP01";

    private SqlErrors() {
    }

    /**
     * The server is away (connection refused or lost, shutting down, starting, too busy): try
     * again later; the edit itself is fine.
     */
    static boolean unreachable(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return true; // the pool's "no connection within the timeout"
        }
        String state = e.getSQLState();
        if (state == null) {
            return e.getCause() instanceof java.io.IOException;
        }
        return state.startsWith("08") && !state.equals("08004") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }

    /** Wrong or missing password, unknown role, or no right to connect. */
    static boolean login(SQLException e) {
        String state = e.getSQLState();
        // 08004: the driver's "no password was provided" (none given, none in ~/.pgpass)
        return state != null && (state.startsWith("28") || state.equals("08004") || state.equals("3D000") || state.equals("42501")
                && e.getMessage() != null && e.getMessage().contains("CONNECT"));
    }

    /** The schema is missing: the database was not set up with {@code team init}. */
    static boolean notSetUp(SQLException e) {
        return "42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState());
    }

    static TeamException translate(SQLException e, TeamUrl url) {
        if (unreachable(e)) {
            return new TeamException(TeamException.Kind.UNREACHABLE, "The team database " + url
                    + " cannot be reached: " + firstLine(e) + ".", e);
        }
        if (login(e)) {
            return new TeamException(TeamException.Kind.LOGIN, "The team database " + url + " refused the login of "
                    + url.user() + ": " + firstLine(e) + ". Check the password in ~/.pgpass (or PGPASSFILE).", e);
        }
        if (notSetUp(e)) {
            return new TeamException(TeamException.Kind.NOT_SET_UP, "The database " + url.database() + " on "
                    + url.host() + " is not set up for the planner (" + firstLine(e)
                    + "): its administrator runs 'team init' first.", e);
        }
        return new TeamException(TeamException.Kind.REFUSED, "The team database " + url + " refused: "
                + firstLine(e) + ".", e);
    }

    static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
