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
        SQLException why = cause(e);
        if (why instanceof SQLTransientConnectionException) {
            return true; // the pool's "no connection within the timeout", with no reason from the driver
        }
        String state = why.getSQLState();
        if (state == null) {
            return why.getCause() instanceof java.io.IOException;
        }
        return state.startsWith("08") && !state.equals("08004") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }

    /** Wrong or missing password, unknown role, or no right to connect. */
    static boolean login(SQLException e) {
        SQLException why = cause(e);
        String state = why.getSQLState();
        // 08004: the driver's "no password was provided" (none given, none in ~/.pgpass)
        return state != null && (state.startsWith("28") || state.equals("08004") || state.equals("3D000") || state.equals("42501")
                && why.getMessage() != null && why.getMessage().contains("CONNECT"));
    }

    /** The schema is missing: the database was not set up with {@code team init}. */
    static boolean notSetUp(SQLException e) {
        SQLException why = cause(e);
        return "42P01".equals(why.getSQLState()) || "3F000".equals(why.getSQLState());
    }

    /**
     * The driver's own error behind the pool's: when no connection can be made in time, the pool
     * throws its timeout with the driver's last failure (refused, wrong password ...) as the cause.
     */
    static SQLException cause(SQLException e) {
        if (e instanceof SQLTransientConnectionException && e.getCause() instanceof SQLException driver) {
            return driver;
        }
        return e;
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

    static String firstLine(SQLException outer) {
        SQLException e = cause(outer);
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
