package com.salescallplanner.store.team;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens connections to the team database as one role. With no password given, the driver
 * looks in {@code ~/.pgpass} or the file {@code PGPASSFILE} names (as libpq does).
 */
public final class TeamConnector {
    private final TeamUrl url;
    private final char[] password;

    /** @param password the role's password, or null to let the driver read the password file */
    public TeamConnector(TeamUrl url, char[] password) {
        this.url = url;
        this.password = password == null ? null : Arrays.copyOf(password, password.length);
    }

    public TeamUrl url() {
        return url;
    }

    /** One connection, without a pool: for the commands. */
    public Connection open() throws SQLException {
        return dataSource().getConnection();
    }

    /** A plain data source (a new connection each time): for Flyway and the commands. */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url.jdbcUrl());
        ds.setUser(url.user());
        if (password != null) {
            ds.setPassword(new String(password));
        }
        return ds;
    }

    /**
     * A small pool for a window or a simulated rep: it does not fail when the server is away at
     * start (the window starts offline), and gives up waiting for a connection after
     * {@code waitMillis}, so the edit queue notices quickly that the server is gone.
     */
    public HikariDataSource pool(int size, long waitMillis) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(dataSource());
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(0);
        c.setConnectionTimeout(Math.max(250, waitMillis));
        c.setValidationTimeout(Math.max(250, Math.min(waitMillis, 5_000)));
        c.setInitializationFailTimeout(-1);
        c.setPoolName("team-" + url.user());
        c.setAutoCommit(true);
        return new HikariDataSource(c);
    }
}
