package com.salescallplanner.ui.computed;

/** How a view model recomputes after the data changed. */
public enum RefreshMode {
    /** Debounced and off the JavaFX thread; the result is published on the JavaFX thread. */
    BACKGROUND,
    /** At once, in the caller's thread: for tests that check a view model without waiting. */
    IMMEDIATE
}
