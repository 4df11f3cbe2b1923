package com.salescallplanner.store.team;

/**
 * The team database refused or could not be reached; the message is a sentence for the rep or
 * the administrator, naming the server.
 */
public class TeamException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why it failed, so callers can choose: wait and retry, ask for a password, or report. */
    public enum Kind { UNREACHABLE, LOGIN, NOT_SET_UP, REFUSED }

    private final Kind kind;

    public TeamException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
