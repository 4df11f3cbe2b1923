package com.salescallplanner.store.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team database on a test server, set up as an administrator would: {@code team init}, then
 * {@code add-rep} for each rep; the passwords are read from what add-rep printed.
 */
public final class TeamFixture {
    private static final Pattern PASSWORD = Pattern.compile("login role (\\w+) with password (\\w+)");

    private final PostgresServer server;
    private final String database;
    private final Map<String, String> passwords = new HashMap<>();
    private final TeamAdmin admin;

    public TeamFixture(PostgresServer server, String prefix) {
        this.server = server;
        this.database = server.createDatabase(prefix);
        this.admin = new TeamAdmin(adminConnector());
    }

    public TeamConnector adminConnector() {
        return new TeamConnector(TeamUrl.parse(server.url(database), PostgresServer.SUPERUSER)
                .withUser(PostgresServer.SUPERUSER), PostgresServer.SUPERUSER_PASSWORD.toCharArray());
    }

    public List<String> init() throws TeamException {
        return admin.init();
    }

    /** add-rep NAME [--manager MANAGER]; remembers the passwords it printed. */
    public List<String> addRep(String name, String manager) throws TeamException {
        List<String> lines = admin.addRep(name, manager);
        for (String line : lines) {
            Matcher m = PASSWORD.matcher(line);
            if (m.find()) {
                passwords.put(m.group(1), m.group(2));
            }
        }
        return lines;
    }

    public String database() {
        return database;
    }

    public PostgresServer server() {
        return server;
    }

    public String password(String role) {
        String p = passwords.get(role);
        if (p == null) {
            throw new IllegalStateException("No password printed for " + role);
        }
        return p;
    }

    public TeamUrl url(String role) {
        return TeamUrl.parse("postgresql://" + role + "@" + server.host() + ":" + server.port() + "/" + database, role);
    }

    public TeamConnector connector(String role) {
        return new TeamConnector(url(role), password(role).toCharArray());
    }

    public java.sql.Connection connect(String role) throws java.sql.SQLException {
        return connector(role).open();
    }
}
