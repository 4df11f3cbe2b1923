package com.salescallplanner.ui.port;

import java.util.List;

/**
 * The data could not be read or written. The message is for the rep (no stack trace); the
 * actions are the ways out the store offers, QUIT always among them.
 */
public class StorageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RecoveryAction> actions;

    public StorageProblem(String message, List<RecoveryAction> actions, Throwable cause) {
        super(message, cause);
        this.actions = List.copyOf(actions);
    }

    public StorageProblem(String message, List<RecoveryAction> actions) {
        this(message, actions, null);
    }

    public List<RecoveryAction> actions() {
        return actions;
    }
}
