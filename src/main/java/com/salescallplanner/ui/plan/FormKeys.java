package com.salescallplanner.ui.plan;

import com.salescallplanner.ui.TabMovesFocus;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The plan editor's multi-line fields behave like the rest of the form: Tab and Shift+Tab move the
 * focus ({@link TabMovesFocus}, as in every multi-line field), Enter types nothing and Shift+Enter
 * starts a new line (an objective is a sentence; the questions are one per line). Shortcut+Enter
 * still starts the call.
 */
final class FormKeys {
    /** Said in Help and docs/ui.md. */
    static final String NEW_LINE_KEYS = "Shift+Enter";

    private FormKeys() {
    }

    static <T extends TextArea> T install(T area) {
        TabMovesFocus.install(area);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    area.replaceSelection("\n");
                }
            }
        });
        return area;
    }
}
