package com.salescallplanner.ui;

import com.salescallplanner.domain.CallId;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * Makes the "Export" menu of a call (calendar, Markdown, PDF, print) for the pages that show
 * calls, so they need not know how exporting works. The call is asked for when the rep picks
 * an item: the plan editor saves the plan first and answers with its id.
 */
@FunctionalInterface
public interface CallExportMenu {
    Node menuFor(Supplier<Optional<CallId>> call);
}
