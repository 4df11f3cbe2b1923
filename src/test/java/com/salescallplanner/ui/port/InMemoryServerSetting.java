package com.salescallplanner.ui.port;

import java.util.Optional;

/**
 * Keeps the next start's team database in memory only: for tests. The real one is
 * {@code app.TeamServerFile}, which checks the URL with {@code store.team.TeamUrl}; this one
 * refuses only what does not start like a PostgreSQL URL.
 */
public final class InMemoryServerSetting implements ServerSetting {
    private final String current;
    private volatile String next;

    public InMemoryServerSetting(String current) {
        this.current = current;
        this.next = current;
    }

    @Override
    public String current() {
        return current;
    }

    @Override
    public String remembered() {
        return next;
    }

    @Override
    public Optional<String> remember(String url) {
        String u = url == null ? "" : url.strip();
        if (!u.isEmpty() && !u.startsWith("postgresql://") && !u.startsWith("postgres://")) {
            return Optional.of("The server URL must start with postgresql://.");
        }
        next = u;
        return Optional.empty();
    }
}
