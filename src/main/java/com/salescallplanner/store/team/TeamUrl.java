package com.salescallplanner.store.team;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the team database is, as the rep gives it: {@code postgresql://[user@]host[:port]/database}
 * (libpq's form; {@code postgres://} too). The user is the URL's, else the OS user, as psql does.
 * A password in the URL is refused: it would end up in shell histories and process lists; the
 * driver reads {@code ~/.pgpass} (or {@code $PGPASSFILE}) instead, or the planner asks.
 *
 * @param host     the server's host name or address
 * @param port     5432 unless given
 * @param database the database name
 * @param user     the PostgreSQL role to log in as
 */
public record TeamUrl(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;
    /** The schema the planner's tables live in. */
    public static final String SCHEMA = "planner";

    /** @throws IllegalArgumentException with a sentence saying what is wrong */
    public static TeamUrl parse(String text, String osUser) {
        String t = text == null ? "" : text.strip();
        if (!t.startsWith("postgresql://") && !t.startsWith("postgres://")) {
            throw new IllegalArgumentException("The server URL '" + t + "' must start with postgresql:// "
                    + "(for example postgresql://db.example.com:5432/sales).");
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The server URL '" + t + "' is not a valid URL: " + e.getReason() + ".");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("The server URL '" + t + "' names no host.");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String db = decode(path.startsWith("/") ? path.substring(1) : path);
        if (db.isEmpty() || db.contains("/")) {
            throw new IllegalArgumentException("The server URL '" + t + "' must name one database after the host, "
                    + "as in postgresql://host:5432/sales.");
        }
        String user = osUser;
        String info = uri.getRawUserInfo();
        if (info != null) {
            if (info.contains(":")) {
                throw new IllegalArgumentException("Leave the password out of the server URL: put it in ~/.pgpass "
                        + "(or the file PGPASSFILE names), or type it when the planner asks.");
            }
            user = decode(info);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("The server URL '" + t + "' names no user, and the OS user is unknown.");
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        return new TeamUrl(uri.getHost(), port, db, user);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The driver's URL: TLS when the server offers it ({@code sslmode=prefer}, as libpq), the
     * planner's schema first on the search path, short connect timeouts so the window notices
     * quickly when the server is away.
     */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database.replace("/", "%2F")
                + "?sslmode=prefer&currentSchema=" + SCHEMA + "&connectTimeout=5&socketTimeout=60&tcpKeepAlive=true"
                + "&ApplicationName=Sales%20Call%20Planner";
    }

    /** The planner's form of the URL: {@code postgresql://user@host:port/database}. */
    public String toUri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + h + ":" + port + "/" + database;
    }

    /** For messages: {@code ana@db.example.com:5432/sales}. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    public TeamUrl withUser(String newUser) {
        return new TeamUrl(host, port, database, newUser);
    }

    /** A name for the local folder that keeps this server's edit queue. */
    public String folderName() {
        return (user + "@" + host + "_" + port + "_" + database).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9@._-]", "_");
    }
}
