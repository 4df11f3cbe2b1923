package com.salescallplanner.ui.port;

import java.util.Optional;

/**
 * Which store the window opens at its next start: a team database's URL, or "" for the data
 * folder (Settings > Team). {@link #remember} may write a file: call it off the JavaFX thread.
 * Implemented by {@code app.TeamServerFile}; the tests keep it in memory.
 */
public interface ServerSetting {
    /** The team database this window is on now, as the rep gave it, or "" on the data folder. */
    String current();

    /** What the next start opens: a URL, or "" for the data folder. */
    String remembered();

    /** Checks and keeps the URL for the next start ("" forgets it); empty when kept, else why not. */
    Optional<String> remember(String url);
}
