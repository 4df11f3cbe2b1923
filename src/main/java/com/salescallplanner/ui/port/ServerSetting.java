package com.salescallplanner.ui.port;

import java.util.Optional;

/**
 * Which store the window opens at its next start: a team database's URL, or "" for the data
 * folder (Settings > Team). {@link #remember} may write a file: call it off the JavaFX thread.
 */
public interface ServerSetting {
    /** The team database this window is on now, as the rep gave it, or "" on the data folder. */
    String current();

    /** What the next start opens: a URL, or "" for the data folder. */
    String remembered();

    /** Checks and keeps the URL for the next start ("" forgets it); empty when kept, else why not. */
    Optional<String> remember(String url);

    /** Kept in memory: tests and trials. */
    static ServerSetting inMemory(String current) {
        return new ServerSetting() {
            private volatile String next = current;

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
        };
    }
}
