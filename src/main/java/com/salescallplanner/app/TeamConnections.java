package com.salescallplanner.app;

import com.salescallplanner.cli.TeamAccess;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.team.TeamAdmin;
import com.salescallplanner.store.team.TeamConnector;
import com.salescallplanner.store.team.TeamException;
import com.salescallplanner.store.team.TeamUpload;
import com.salescallplanner.store.team.TeamUrl;

import java.io.Console;
import java.util.List;
import java.util.function.Function;

/**
 * Logs in to a team database as the URL's user (else the OS user): first with the password the
 * driver finds in {@code ~/.pgpass} (or {@code PGPASSFILE}), and when the server wants one and
 * none is there, with one typed at the terminal.
 */
public final class TeamConnections implements TeamAccess {
    /** Asks for a password with this prompt; null when nobody can be asked. */
    private final Function<String, char[]> prompt;

    public TeamConnections() {
        this(TeamConnections::fromConsole);
    }

    public TeamConnections(Function<String, char[]> prompt) {
        this.prompt = prompt;
    }

    @FunctionalInterface
    interface Login<T> {
        T run(TeamConnector connector) throws TeamException;
    }

    /** Runs {@code op} logged in; asks for the password once if the password file has none (or a wrong one). */
    <T> T loggedIn(String url, Login<T> op) throws TeamException {
        TeamUrl u = TeamUrl.parse(url, System.getProperty("user.name"));
        try {
            return op.run(new TeamConnector(u, null));
        } catch (TeamException e) {
            if (e.kind() != TeamException.Kind.LOGIN) {
                throw e;
            }
            char[] password = prompt.apply("Password for " + u + ": ");
            if (password == null) {
                throw e;
            }
            return op.run(new TeamConnector(u, password));
        }
    }

    @Override
    public List<String> init(String url) throws TeamException {
        return loggedIn(url, c -> new TeamAdmin(c).init());
    }

    @Override
    public List<String> addRep(String url, String name, String manager) throws TeamException {
        return loggedIn(url, c -> new TeamAdmin(c).addRep(name, manager));
    }

    @Override
    public List<String> upload(String url, PlannerData local) throws TeamException {
        return loggedIn(url, c -> List.of(TeamUpload.upload(c, local).text(c.url())));
    }

    @Override
    public PlannerData read(String url) throws TeamException {
        return loggedIn(url, TeamUpload::read);
    }

    private static char[] fromConsole(String message) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", message);
    }
}
