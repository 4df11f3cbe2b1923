package com.salescallplanner.ui.board;

/**
 * Asks the rep to confirm a consequential step. View models ask through this so they never open
 * a dialog themselves; tests answer with a lambda.
 */
@FunctionalInterface
public interface Confirmation {
    /**
     * @param confirmLabel the label of the button that goes ahead, e.g. "Close as won"
     * @return true to go ahead, false when the rep cancelled
     */
    boolean confirm(String title, String message, String confirmLabel);
}
