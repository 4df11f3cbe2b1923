package com.salescallplanner.ui;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.ProspectId;

/**
 * Moves the main window between its views. Views and view models ask for navigation through
 * this interface, so a report row can open "plan the next call" without knowing the window.
 */
public interface Navigator {
    /** Opens the prospect list. */
    void showProspects();

    void showProspect(ProspectId prospect);

    /** Opens the plan editor for a new call with this prospect. */
    void planCall(ProspectId prospect);

    /** Opens the plan editor on an existing plan. */
    void editCall(CallId call);

    /** Enters call mode for a planned call. */
    void startCall(CallId call);

    /** Opens the review of a call (its outcome). */
    void reviewCall(CallId call);
}
