package com.salescallplanner.store.team;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.PGConnection;

/**
 * What the administrator does: {@code team init} (schema, roles and policies, through Flyway)
 * and {@code team add-rep}. Runs as the role in the URL, which needs CREATEROLE and must own
 * (or be allowed to create in) the database. Each step returns what it did, in sentences.
 */
public final class TeamAdmin {
    private static final String DEFAULT_TEAM = "default";
    private static final char[] PASSWORD_CHARS =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TeamConnector connector;
    private final TeamRoles roles;

    public TeamAdmin(TeamConnector connector) {
        this.connector = connector;
        this.roles = new TeamRoles(connector.url().database());
    }

    /** Creates the group roles and migrates the schema; running it again changes nothing. */
    public List<String> init() throws TeamException {
        List<String> done = new ArrayList<>();
        TeamUrl url = connector.url();
        try (Connection c = connector.open()) {
            checkMayCreateRoles(c);
            for (String group : List.of(roles.reps(), roles.managers())) {
                if (roleExists(c, group)) {
                    done.add("Group role " + group + " exists already.");
                } else {
                    try (Statement st = c.createStatement()) {
                        st.execute("CREATE ROLE " + group + " NOLOGIN");
                    }
                    done.add("Created group role " + group + ".");
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, url);
        }
        done.add(migrate());
        try (Connection c = connector.open(); Statement st = c.createStatement()) {
            String db = "\"" + url.database().replace("\"", "\"\"") + "\"";
            st.execute("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
            st.execute("GRANT CONNECT ON DATABASE " + db + " TO " + roles.reps() + ", " + roles.managers());
            done.add("Only " + roles.reps() + " and " + roles.managers() + " (and you) may connect to "
                    + url.database() + "; row-level security is on for every planner table.");
        } catch (SQLException e) {
            throw SqlErrors.translate(e, url);
        }
        return done;
    }

    private String migrate() throws TeamException {
        try {
            MigrateResult r = Flyway.configure()
                    .dataSource(connector.dataSource())
                    .schemas(TeamUrl.SCHEMA)
                    .defaultSchema(TeamUrl.SCHEMA)
                    .createSchemas(true)
                    .locations("classpath:db/team")
                    .placeholders(Map.of("rep_role", roles.reps(), "manager_role", roles.managers()))
                    .load()
                    .migrate();
            return r.migrationsExecuted == 0
                    ? "Schema " + TeamUrl.SCHEMA + " is up to date (version " + r.targetSchemaVersion + " or as before)."
                    : "Schema " + TeamUrl.SCHEMA + ": applied " + r.migrationsExecuted + " migration(s), now at version "
                    + r.targetSchemaVersion + ".";
        } catch (FlywayException e) {
            throw new TeamException(TeamException.Kind.REFUSED, "Setting up the schema on " + connector.url()
                    + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a rep (a login role, a member of the team's group) to the team of {@code manager},
     * making the manager first when they are new; with no manager, to the team "default".
     *
     * @param manager the manager's name, or null
     */
    public List<String> addRep(String name, String manager) throws TeamException {
        TeamRoles.checkName(name, "The rep's name");
        if (manager != null) {
            TeamRoles.checkName(manager, "The manager's name");
            if (manager.equals(name)) {
                throw new IllegalArgumentException("A rep cannot be their own manager.");
            }
        }
        List<String> done = new ArrayList<>();
        try (Connection c = connector.open()) {
            c.setAutoCommit(false);
            checkMayCreateRoles(c);
            requireSchema(c);
            long team = manager == null ? defaultTeam(c, done) : managersTeam(c, manager, done);
            Member existing = member(c, name);
            if (existing != null) {
                c.rollback();
                if (existing.team() == team && !existing.manager()) {
                    return List.of(name + " is already a rep of this team; nothing changed.");
                }
                throw new TeamException(TeamException.Kind.REFUSED, name + " is already "
                        + (existing.manager() ? "a manager" : "a rep of another team") + " in " + connector.url().database()
                        + "; nothing changed.", null);
            }
            login(c, name, done);
            insertMember(c, name, team, false);
            grant(c, roles.reps(), name);
            c.commit();
            done.add("Added rep " + name + " to team " + teamName(c, team) + ".");
            return done;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, connector.url());
        }
    }

    private long managersTeam(Connection c, String manager, List<String> done) throws SQLException, TeamException {
        Member m = member(c, manager);
        if (m != null) {
            if (!m.manager()) {
                throw new TeamException(TeamException.Kind.REFUSED, manager + " is a rep, not a manager; nothing changed.",
                        null);
            }
            return m.team();
        }
        long team;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO planner.teams (name) VALUES (?) RETURNING id")) {
            ps.setString(1, manager);
            team = single(ps);
        }
        done.add("Created team " + manager + ".");
        login(c, manager, done);
        insertMember(c, manager, team, true);
        grant(c, roles.managers(), manager); // not reps: a manager writes coaching notes only
        done.add("Added manager " + manager + " to team " + manager + ".");
        return team;
    }

    private long defaultTeam(Connection c, List<String> done) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM planner.teams WHERE name = ?")) {
            ps.setString(1, DEFAULT_TEAM);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO planner.teams (name) VALUES (?) RETURNING id")) {
            ps.setString(1, DEFAULT_TEAM);
            done.add("Created team " + DEFAULT_TEAM + " (no manager).");
            return single(ps);
        }
    }

    /** A login role with a new random password (sent as a SCRAM hash, never in clear), unless the role exists. */
    private void login(Connection c, String name, List<String> done) throws SQLException {
        if (roleExists(c, name)) {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER ROLE " + name + " LOGIN");
            }
            done.add("Role " + name + " exists already; its password is unchanged.");
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + " LOGIN");
        }
        char[] password = newPassword();
        String shown = new String(password);
        c.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256"); // clears the array
        done.add("Created login role " + name + " with password " + shown
                + " (give it to " + name + " for ~/.pgpass; it is not shown again).");
    }

    /** The tables and the connection's right to make roles, checked before anything changes. */
    private static void requireSchema(Connection c) throws SQLException, TeamException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('planner.reps') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new TeamException(TeamException.Kind.NOT_SET_UP, "The database is not set up for the planner: "
                        + "run 'team init' first.", null);
            }
        }
    }

    private static void checkMayCreateRoles(Connection c) throws SQLException, TeamException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new TeamException(TeamException.Kind.REFUSED, "The role you connect as may not create roles: "
                        + "connect as the database's administrator (a role with CREATEROLE).", null);
            }
        }
    }

    private record Member(long team, boolean manager) {
    }

    private static Member member(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT team_id, is_manager FROM planner.reps WHERE role_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Member(rs.getLong(1), rs.getBoolean(2)) : null;
            }
        }
    }

    private static void insertMember(Connection c, String name, long team, boolean manager) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO planner.reps (role_name, team_id, is_manager) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, team);
            ps.setBoolean(3, manager);
            ps.executeUpdate();
        }
    }

    private static String teamName(Connection c, long team) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM planner.teams WHERE id = ?")) {
            ps.setLong(1, team);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void grant(Connection c, String group, String member) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("GRANT " + group + " TO " + member);
        }
    }

    private static boolean roleExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static char[] newPassword() {
        char[] p = new char[20];
        for (int i = 0; i < p.length; i++) {
            p[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
        }
        return p;
    }
}
